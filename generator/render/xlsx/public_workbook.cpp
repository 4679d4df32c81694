#include "render/xlsx/public_workbook.h"

#include <algorithm>

#include "render/common/edition.h"
#include "render/xlsx/sheet_builder.h"

namespace pvpp {
namespace {

bool is_empty(const Cell& c) { return c.kind == Cell::Kind::blank || (c.kind == Cell::Kind::text && c.text.empty()); }

// A column header only the review edition has ("Matricas nolasījuma ticamība", "Kods secināts").
bool is_review_header(const std::string& text) {
    auto list = review_only_strings();
    return std::any_of(list.begin(), list.end(), [&](const ReviewString& s) { return s.value == text; });
}

// A row only the review edition has: a legend line of inferred cells, an unwritten card section.
// Matched on the whole marker, never on words inside corpus text.
bool is_review_row_marker(const std::string& text) {
    return text == review_text::k_status_missing || text.ends_with(review_text::k_inferred_title);
}

// A value that is not a fact (its field inferred or unknown) is not written as one.
void blank_unconfirmed(SheetSpec& sheet) {
    for (auto& row : sheet.rows) {
        for (auto& c : row.cells) {
            if (c.unconfirmed) { c = text_cell(""); }
        }
    }
}

// Inferred A/L cells become empty cells; returns how many.
std::size_t blank_inferred(SheetSpec& sheet) {
    std::size_t n = 0;
    for (std::size_t r = sheet.header_row + 1; r < sheet.rows.size(); ++r) {
        for (auto& c : sheet.rows[r].cells) {
            if (c.style != Style::a_inferred && c.style != Style::l_inferred) { continue; }
            c = blank_cell();
            ++n;
        }
    }
    return n;
}

void shift_rows(std::optional<Range>& range, std::size_t removed) {
    if (range && static_cast<int>(removed) <= range->last_row) { --range->last_row; }
}

// Rows below the header that hold review-only text (the legend of inferred cells, the
// row of an unwritten card section) go.
void remove_review_rows(SheetSpec& sheet) {
    for (std::size_t r = sheet.rows.size(); r-- > static_cast<std::size_t>(sheet.header_row) + 1;) {
        const auto& cells = sheet.rows[r].cells;
        if (std::none_of(cells.begin(), cells.end(), [](const Cell& c) { return is_review_row_marker(c.text); })) { continue; }
        sheet.rows.erase(sheet.rows.begin() + static_cast<long>(r));
        shift_rows(sheet.autofilter, r);
        for (auto& v : sheet.validations) {
            std::optional<Range> range = v.range;
            shift_rows(range, r);
            v.range = *range;
        }
    }
}

bool column_is_empty(const SheetSpec& sheet, std::size_t col) {
    for (std::size_t r = sheet.header_row + 1; r < sheet.rows.size(); ++r) {
        const auto& cells = sheet.rows[r].cells;
        if (col < cells.size() && !is_empty(cells[col])) { return false; }
    }
    return true;
}

// Only a plain table (one header row, no chart or conditional fill tied to its columns).
void remove_review_columns(SheetSpec& sheet) {
    if (sheet.header_row < 0 || sheet.header_rows != 1 || !sheet.charts.empty() || !sheet.fills.empty()) { return; }
    if (sheet.rows.size() <= static_cast<std::size_t>(sheet.header_row) + 1) { return; }  // no rows: nothing to judge by
    const auto& header = sheet.rows[sheet.header_row].cells;
    for (std::size_t col = header.size(); col-- > 1;) {  // the first column holds the back link and the codes
        if (is_review_header(header[col].text) || column_is_empty(sheet, col)) { remove_column(sheet, static_cast<int>(col)); }
    }
}

void shift_cols(Range& r, int col) {
    if (r.first_col > col) { --r.first_col; }
    if (r.last_col >= col) { --r.last_col; }
}

}  // namespace

void remove_column(SheetSpec& sheet, int col) {
    for (auto& row : sheet.rows) {
        if (col < static_cast<int>(row.cells.size())) { row.cells.erase(row.cells.begin() + col); }
    }
    if (col < static_cast<int>(sheet.widths.size())) { sheet.widths.erase(sheet.widths.begin() + col); }
    if (col < static_cast<int>(sheet.natural_widths.size())) {
        sheet.natural_widths.erase(sheet.natural_widths.begin() + col);
    }
    std::erase_if(sheet.validations, [&](const ListValidation& v) { return v.range.first_col == col && v.range.last_col == col; });
    for (auto& v : sheet.validations) { shift_cols(v.range, col); }
    std::erase_if(sheet.merges, [&](const Merge& m) { return m.range.first_col == col && m.range.last_col == col; });
    for (auto& m : sheet.merges) { shift_cols(m.range, col); }
    if (sheet.autofilter) { shift_cols(*sheet.autofilter, col); }
    if (sheet.freeze_col > col) { --sheet.freeze_col; }
}

void make_public(WorkbookSpec& spec) {
    for (auto& sheet : spec.sheets) {
        if (sheet.header_row < 0) { continue; }
        remove_review_rows(sheet);  // first: the legend's sample cells are styled as inferred too
        std::vector<bool> estimated = estimated_rows(sheet);
        blank_unconfirmed(sheet);
        std::size_t inferred = blank_inferred(sheet);
        remove_review_columns(sheet);
        refit_print_width(sheet, estimated);
        if (inferred == 0) { continue; }
        add_below(sheet, cells_being_confirmed(inferred));
    }
}

}  // namespace pvpp
