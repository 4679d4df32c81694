// The institution's self-assessment workbook for measure P2.3: every task, condition
// and capability or resource to rate on a scale, with a summary per part of the policy.
#pragma once
#include "model/corpus.h"
#include "render/xlsx/workbook_spec.h"

namespace pvpp {

/// The file name below xlsx/.
inline constexpr const char* k_self_assessment_file = "pasnovertejums.xlsx";

/// The workbook: contents, one sheet per part, the summary and the scale.
WorkbookSpec self_assessment_workbook(const Corpus& corpus);

}  // namespace pvpp
