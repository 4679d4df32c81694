// What the corpus holds and what it still lacks, per kind: the maintainer's
// list of what to ask the ministry for.
#pragma once
#include <string>
#include <vector>

#include "validate/corpus_index.h"

namespace pvpp {

/// How far a card section is written; derived = made from other data.
enum class SectionState { written, partial, derived, missing };

struct CompletenessRow {
    std::string label;   ///< Latvian name of the kind
    int count = 0;
    std::string detail;  ///< what is inferred, missing or unknown
};

/// How many of a kind's statements (a record's own, and each field that differs) are in
/// each status.
struct ProvenanceCount {
    EntityKind kind = EntityKind::term;
    int confirmed = 0;
    int inferred = 0;
    int unknown = 0;
    int unmarked = 0;
};

/// A value an editor confirms with the ministry: inferred, unknown or with no source.
struct WorkItem {
    EntityKey record;
    std::string field;  ///< "" for the record as a whole
    Provenance provenance;
};

struct Completeness {
    std::vector<CompletenessRow> rows;
    int sections_written = 0;
    int sections_partial = 0;
    int sections_derived = 0;
    int sections_missing = 0;
    int cells = 0;
    int cells_inferred = 0;
    std::vector<ProvenanceCount> provenance;  ///< per kind, in kind order
    std::vector<WorkItem> worklist;           ///< in kind and corpus order
};

/// The state of section i (0…7) of a task's card.
SectionState section_state(const Task& task, const TaskCard* card, std::size_t i);

/// Counts everything; pure.
Completeness assess_completeness(const Corpus& corpus, const CorpusIndex& index);

/// The report as text lines, one per kind.
std::vector<std::string> completeness_lines(const Completeness& c);

}  // namespace pvpp
