// The public edition of an appendix workbook, made from the full spec: inferred matrix
// cells left empty (with a line counting them), rows of unwritten card sections and the
// columns only the review edition has (or that are empty in every row) left out.
#pragma once
#include "render/xlsx/workbook_spec.h"

namespace pvpp {

/// Rewrites spec for the public edition (render/common/edition.h decides what is review-only).
void make_public(WorkbookSpec& spec);

/// Removes column col of sheet, moving the ranges right of it one to the left.
void remove_column(SheetSpec& sheet, int col);

}  // namespace pvpp
