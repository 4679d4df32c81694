// Tasks PU1-1…PU3-4, their responsibility matrix and their eight-section cards.
#pragma once
#include <optional>
#include <string>
#include <vector>

#include "model/provenance.h"
#include "model/text.h"

namespace pvpp {

/// One cell of the responsibility matrix: 'A' atbildīga or 'L' līdzatbildīga.
struct MatrixCell {
    Ref role;
    char letter = 'A';
    bool inferred = false;  ///< reconstructed from the OCR'd matrix, not confirmed
};

struct Task : Sourced {
    std::string code;
    std::string name;
    std::string practice;
    std::vector<std::string> variants;
    std::optional<bool> always;  ///< unknown when the seeds do not tell
    std::vector<Ref> related;
    std::string confidence;      ///< reading of the matrix row: high|medium|low|ambiguous
    std::string matrix_note;
    std::vector<MatrixCell> matrix;

    /// 1 policy level, 2 operational and supply level, 3 all levels.
    int group() const { return code.size() > 2 ? code[2] - '0' : 0; }
};

enum class SectionStatus { written, partial, missing };

/// What every card section shares: whether it is written and where it is.
struct SectionHead {
    SourceLoc loc;
    SectionStatus status = SectionStatus::missing;
};

struct RoleDuties {
    Ref role;
    Text text;
};

struct TaskCard {
    SourceLoc loc;
    Ref task;
    struct Result { SectionHead head; Text result, benefits, threats; } result;
    struct Scope { SectionHead head; std::vector<Ref> stages; Text notes; } scope;
    struct Duties { SectionHead head; Text notes; std::vector<RoleDuties> roles; } duties;
    struct Related { SectionHead head; std::vector<Ref> tasks; Text notes; } related;
    struct Conditions { SectionHead head; std::vector<Ref> conditions; Text notes; } conditions;
    struct Capabilities { SectionHead head; Text processes; std::vector<Ref> competences; Text notes; } capabilities;
    struct Resources { SectionHead head; Text information; std::vector<Ref> technologies; Text notes; } resources;
    struct Guidance { SectionHead head; Text actions, general, attention; std::vector<std::string> reading; } guidance;

    /// The eight section heads in card order.
    std::vector<const SectionHead*> heads() const {
        return {&result.head, &scope.head, &duties.head, &related.head,
                &conditions.head, &capabilities.head, &resources.head, &guidance.head};
    }
};

}  // namespace pvpp
