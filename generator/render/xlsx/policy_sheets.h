// The sheets of appendix 1 "Pakalpojumu pārvaldības politika", each a pure function
// of the corpus. policy_workbook.h puts them together.
#pragma once
#include "model/corpus.h"
#include "render/xlsx/workbook_spec.h"

namespace pvpp {

SheetSpec terms_sheet(const Corpus& corpus);
SheetSpec principles_sheet(const Corpus& corpus);
/// Scales and levels of the role grid on one sheet.
SheetSpec axes_sheet(const Corpus& corpus);
/// Every field of the role cards.
SheetSpec roles_sheet(const Corpus& corpus);
SheetSpec stages_sheet(const Corpus& corpus);
/// The responsibility matrix: A/L per role with a drop-down, fills and inferred cells marked.
SheetSpec tasks_sheet(const Corpus& corpus);
/// The lookup lists the drop-downs take their values from.
SheetSpec lists_sheet();
/// Groups (outline 1), conditions (2), named sub-items (3).
SheetSpec conditions_sheet(const Corpus& corpus);
SheetSpec capabilities_sheet(const Corpus& corpus);
/// The competence or the digital-technology catalogue.
SheetSpec catalogue_sheet(const std::string& name, const std::string& title,
                          const std::vector<CatalogueItem>& items);
/// One row per item of every task card section.
SheetSpec cards_sheet(const Corpus& corpus);

/// The lookup sheet and the range the A/L drop-down lists.
inline constexpr const char* k_lists_sheet = "Saraksti";
inline constexpr const char* k_letter_range = "=Saraksti!$A$3:$A$4";

}  // namespace pvpp
