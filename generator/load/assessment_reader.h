// Reads one filled self-assessment workbook back into an Assessment, checking it against
// the template's layout and the corpus: every finding names workbook, sheet and cell
// ("VARAM.xlsx:Uzdevumi!C14: error: …").
#pragma once
#include <optional>
#include <string>
#include <vector>

#include "diag/diagnostics.h"
#include "model/assessment.h"

namespace pvpp {

/// What a filled workbook is checked against: the corpus's parts and Table 1 groups.
struct AssessmentForm {
    std::vector<AssessmentPart> parts;
    std::vector<std::pair<std::string, int>> groups;  ///< drop-down label → group number
};

/// The form of the corpus's template.
AssessmentForm assessment_form(const Corpus& corpus);

/// Reads the workbook `file` (its name as findings print it) from its bytes; nullopt
/// when anything is wrong, each problem reported once.
std::optional<Assessment> read_assessment(const std::string& file, const std::string& bytes, const AssessmentForm& form,
                                          Diagnostics& diags);

}  // namespace pvpp
