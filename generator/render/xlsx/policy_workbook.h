// Appendix 1 "Pakalpojumu pārvaldības politika" as a workbook spec.
#pragma once
#include "model/corpus.h"
#include "render/xlsx/workbook_spec.h"

namespace pvpp {

/// The file name of appendix 1 below xlsx/.
inline constexpr const char* k_policy_file = "PVPP2024–2027_1.pielikums.xlsx";

/// Every sheet of appendix 1, the contents sheet first.
WorkbookSpec policy_workbook(const Corpus& corpus);

}  // namespace pvpp
