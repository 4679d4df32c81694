// The institution's full service list (portfolio) template of the P1.1 deck (seed 000,
// "Pilnais pakalpojumu saraksts (portfolio)"), with the glossary's definitions as instructions.
#pragma once
#include "model/corpus.h"
#include "render/xlsx/workbook_spec.h"

namespace pvpp {

/// The file name below xlsx/.
inline constexpr const char* k_portfolio_file = "pakalpojumu-portfolio-veidne.xlsx";

/// The workbook: contents, the service list, instructions and the drop-down lists.
WorkbookSpec portfolio_workbook(const Corpus& corpus);

}  // namespace pvpp
