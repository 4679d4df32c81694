// The table layout every data sheet shares: a back link and title, one header row,
// data rows, frozen header and code columns, an autofilter, and row heights for wrapped text.
#pragma once
#include <string>
#include <vector>

#include "model/provenance.h"
#include "render/xlsx/workbook_spec.h"

namespace pvpp {

/// The contents sheet every other sheet links back to.
inline constexpr const char* k_contents_sheet = "Saturs";

/// A column of a table: its header and width in Excel character units.
struct ColumnSpec {
    std::string header;
    double width = 12;
    std::string note = {};  ///< the header cell's comment, or ""
};

/// Builds one table sheet row by row.
class SheetBuilder {
public:
    /// code_cols: how many left columns stay in view when scrolling sideways.
    SheetBuilder(std::string name, std::string title, std::vector<ColumnSpec> columns, int code_cols);
    /// Appends a data row at an outline level (0 none).
    void add(std::vector<Cell> cells, int outline = 0);
    /// The row index the next add() writes.
    int next_row() const { return static_cast<int>(m_sheet.rows.size()); }
    SheetSpec& sheet() { return m_sheet; }
    /// Sets the autofilter over the table and the heights of wrapped rows.
    SheetSpec finish();

private:
    SheetSpec m_sheet;
};

/// Points needed to show the row's wrapped text in the given column widths (libxlsxwriter
/// does not autofit); 0 when the default height is enough.
double estimated_height(const Row& row, const std::vector<double>& widths);

/// Sets every row's height from its content.
void fit_row_heights(SheetSpec& sheet);

/// Excel shows no more than 409 points of a row: a text taller than that goes on in the rows
/// below its own, whole lines in each and the row's other cells empty, so that nothing is
/// hidden in the cell or cut off in print. Only a plain table (no list, fill or chart tied
/// to its rows); its filter grows with it.
void continue_tall_rows(SheetSpec& sheet);

/// Narrows the wide text columns (their text wraps instead) until the sheet fits an A4
/// landscape page's width with its text printed at 9 pt or more; a sheet with column
/// breaks is left as its maker laid it out over pages.
void fit_print_width(SheetSpec& sheet);

/// Which rows have the height the estimate gives them (not one set by hand): taken before
/// cells are emptied or columns removed, so refit_print_width knows which to estimate again.
std::vector<bool> estimated_rows(const SheetSpec& sheet);

/// Fits the width again from natural_widths after cells were emptied or columns removed (a
/// wide column gets back what the removed ones left), and the estimated rows' heights with it:
/// a row is as tall as the text still in it.
void refit_print_width(SheetSpec& sheet, const std::vector<bool>& estimated);

/// A text cell of a record's field: a value its source does not confirm is blanked in the public edition.
Cell field_cell(std::string text, const RecordProvenance& provenance, std::string_view field);

/// Appends an empty row, then text in the name column: a heading or a note below a table.
void add_below(SheetSpec& sheet, const std::string& text, Style style = Style::wrap);

/// "jā", "nē" or "" for an unknown yes/no.
std::string yes_no(const std::optional<bool>& value);

}  // namespace pvpp
