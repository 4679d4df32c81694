// The files `pvpp novertejumi` writes from the assessments it read: per institution the
// plan draft (plani/<slug>.xlsx and .html), and the national picture (index.html,
// karte.svg, kopaina.xlsx). Rendered in memory; the command commits them.
#pragma once
#include <string>
#include <vector>

#include "diag/diagnostics.h"
#include "model/assessment.h"
#include "render/common/output_folder.h"
#include "validate/corpus_index.h"

namespace pvpp {

/// What was read: the assessments in file order, and the expected list (if any).
struct AssessmentRun {
    std::vector<Assessment> assessments;
    std::vector<std::string> expected;
    bool has_expected_list = false;
};

/// Every output file into `folder`; libxlsxwriter's failures as findings.
void render_assessment_files(const Corpus& corpus, const CorpusIndex& index, const AssessmentRun& run,
                             OutputFolder& folder, Diagnostics& diags);

}  // namespace pvpp
