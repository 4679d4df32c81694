// Appendix 2 "Darba plāns" as a workbook spec.
#pragma once
#include "model/corpus.h"
#include "render/xlsx/workbook_spec.h"

namespace pvpp {

/// The file name of appendix 2 below xlsx/.
inline constexpr const char* k_workplan_file = "PVPP2024–2027_2.pielikums.xlsx";

/// Every sheet of appendix 2, the contents sheet first.
WorkbookSpec workplan_workbook(const Corpus& corpus);

}  // namespace pvpp
