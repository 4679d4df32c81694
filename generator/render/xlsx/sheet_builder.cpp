// Shared table layout of the workbooks and the row-height estimate.
#include "render/xlsx/sheet_builder.h"

#include <algorithm>
#include <cmath>

#include "util/text.h"
#include "util/utf8.h"

namespace pvpp {

Cell text_cell(std::string text, Style style) {
    Cell c;
    c.text = std::move(text);
    c.style = style;
    return c;
}

Cell link_cell(std::string text, std::string sheet) {
    Cell c = text_cell(std::move(text), Style::link);
    c.kind = Cell::Kind::link;
    c.target = std::move(sheet);
    return c;
}

Cell number_cell(double value, Style style) {
    Cell c;
    c.kind = Cell::Kind::number;
    c.number = value;
    c.style = style;
    return c;
}

Cell date_cell(const std::optional<Date>& date) {
    Cell c;
    c.style = Style::date;
    c.kind = date ? Cell::Kind::date : Cell::Kind::blank;
    if (date) { c.date = *date; }
    return c;
}

Cell blank_cell(Style style) {
    Cell c = text_cell("", style);
    c.kind = Cell::Kind::blank;
    return c;
}

Cell field_cell(std::string text, const RecordProvenance& provenance, std::string_view field) {
    Cell c = text_cell(std::move(text));
    c.unconfirmed = !provenance.is_fact(field);
    return c;
}

void add_below(SheetSpec& sheet, const std::string& text, Style style) {
    sheet.rows.push_back(Row{});
    sheet.rows.push_back(Row{{text_cell(""), text_cell(text, style)}});
}

SheetBuilder::SheetBuilder(std::string name, std::string title, std::vector<ColumnSpec> columns, int code_cols) {
    m_sheet.name = std::move(name);
    Row top;
    top.cells.push_back(link_cell("← Saturs", k_contents_sheet));
    top.cells.push_back(text_cell(std::move(title), Style::title));
    top.height = 20;  // the 14-point title
    m_sheet.rows.push_back(std::move(top));
    Row header;
    for (auto& c : columns) {
        header.cells.push_back(text_cell(std::move(c.header), Style::header));
        header.cells.back().comment = std::move(c.note);
        m_sheet.widths.push_back(c.width);
    }
    m_sheet.rows.push_back(std::move(header));
    // The back link sits in the first column: keep it wide enough to show "← Saturs".
    if (!m_sheet.widths.empty()) { m_sheet.widths[0] = std::max(m_sheet.widths[0], 9.0); }
    m_sheet.header_row = 1;
    m_sheet.freeze_row = 2;
    m_sheet.freeze_col = code_cols;
}

void SheetBuilder::add(std::vector<Cell> cells, int outline) {
    m_sheet.rows.push_back(Row{std::move(cells), outline, 0});
}

SheetSpec SheetBuilder::finish() {
    int last_col = static_cast<int>(m_sheet.widths.size()) - 1;
    int last_row = std::max(1, next_row() - 1);
    m_sheet.autofilter = Range{1, 0, last_row, last_col};
    m_sheet.natural_widths = m_sheet.widths;
    fit_print_width(m_sheet);
    fit_row_heights(m_sheet);
    return std::move(m_sheet);
}

namespace {

// Lines a text takes in a column: each paragraph wraps at about 1.2 characters per
// width unit (Latvian text in Calibri 11 is narrower than the '0' the unit measures),
// bold text at about 1.0.
int wrapped_lines(const std::string& text, double width, bool bold) {
    double per_line = std::max(1.0, width * (bold ? 1.0 : 1.2) - 1);
    int lines = 0;
    for (auto line : split_lines(text)) {
        lines += std::max(1, static_cast<int>(std::ceil(count_code_points(line) / per_line)));
    }
    return std::max(lines, 1);
}

bool is_bold(Style s) {
    return s == Style::header || s == Style::code || s == Style::group || s == Style::subgroup;
}

}  // namespace

double estimated_height(const Row& row, const std::vector<double>& widths) {
    int lines = 1;
    for (std::size_t i = 0; i < row.cells.size() && i < widths.size(); ++i) {
        const Cell& c = row.cells[i];
        // Titles overflow into the empty cells beside them instead of wrapping.
        if ((c.kind == Cell::Kind::text || c.kind == Cell::Kind::link) && c.style != Style::title) {
            lines = std::max(lines, wrapped_lines(c.text, widths[i], is_bold(c.style)));
        }
    }
    // Excel's largest row height is 409 points.
    return lines == 1 ? 0 : std::min(409.0, lines * 15.0 + 3);
}

namespace {

// 26 lines of 15 points and the margin fit Excel's largest row.
constexpr int k_row_lines = 26;

bool splits(const Cell& c) { return c.kind == Cell::Kind::text && c.style != Style::title; }

// A line longer than a row holds (a long note in a narrow column), cut between words into
// parts that each fit one.
std::vector<std::string> line_parts(std::string_view line, double width, bool bold) {
    if (wrapped_lines(std::string(line), width, bold) <= k_row_lines) { return {std::string(line)}; }
    std::vector<std::string> parts(1);
    for (auto word : split(line, ' ')) {
        std::string longer = parts.back().empty() ? std::string(word) : parts.back() + " " + std::string(word);
        if (!parts.back().empty() && wrapped_lines(longer, width, bold) > k_row_lines) {
            parts.emplace_back(word);
        } else {
            parts.back() = std::move(longer);
        }
    }
    return parts;
}

// The text in pieces of at most k_row_lines lines, cut between its lines, or inside a line
// too long for one row between its words.
std::vector<std::string> row_pieces(const std::string& text, double width, bool bold) {
    std::vector<std::string> pieces(1);
    int used = 0;
    for (auto line : split_lines(text)) {
        for (auto& part : line_parts(line, width, bold)) {
            int n = wrapped_lines(part, width, bold);
            if (used > 0 && used + n > k_row_lines) {
                pieces.emplace_back();
                used = 0;
            }
            pieces.back() += (pieces.back().empty() ? "" : "\n") + part;
            used += n;
        }
    }
    return pieces;
}

// The row, or the row and its continuations: piece k of each cut text in row k, and the
// record's key (the first cell) again, so a filter or a printed page keeps them together.
std::vector<Row> continued(const Row& row, const std::vector<double>& widths) {
    std::vector<std::vector<std::string>> pieces(row.cells.size());
    std::size_t count = 1;
    for (std::size_t i = 0; i < row.cells.size() && i < widths.size(); ++i) {
        if (!splits(row.cells[i])) { continue; }
        pieces[i] = row_pieces(row.cells[i].text, widths[i], is_bold(row.cells[i].style));
        count = std::max(count, pieces[i].size());
    }
    if (count == 1) { return {row}; }
    std::vector<Row> rows(count, Row{{}, row.outline, 0});
    for (std::size_t k = 0; k < count; ++k) {
        for (std::size_t i = 0; i < row.cells.size(); ++i) {
            Cell c = k == 0 || i == 0 ? row.cells[i] : text_cell("", row.cells[i].style);
            if (pieces[i].size() > 1) { c.text = k < pieces[i].size() ? pieces[i][k] : ""; }
            rows[k].cells.push_back(std::move(c));
        }
        rows[k].height = estimated_height(rows[k], widths);
    }
    return rows;
}

}  // namespace

void continue_tall_rows(SheetSpec& sheet) {
    if (sheet.header_row < 0 || !sheet.validations.empty() || !sheet.fills.empty() || !sheet.charts.empty()) { return; }
    std::vector<Row> rows;
    for (std::size_t r = 0; r < sheet.rows.size(); ++r) {
        std::vector<Row> more = r > static_cast<std::size_t>(sheet.header_row) ? continued(sheet.rows[r], sheet.widths)
                                                                               : std::vector<Row>{sheet.rows[r]};
        if (sheet.autofilter && more.size() > 1) { sheet.autofilter->last_row += static_cast<int>(more.size() - 1); }
        for (auto& row : more) { rows.push_back(std::move(row)); }
    }
    sheet.rows = std::move(rows);
}

void fit_row_heights(SheetSpec& sheet) {
    for (auto& row : sheet.rows) {
        if (row.height == 0) { row.height = estimated_height(row, sheet.widths); }
    }
}

// Column units that fit an A4 landscape page between the writer's margins at 82 % (9 pt
// of the 11-point text), measured on LibreOffice's print of the workbooks; text columns
// are not made narrower than k_min_text_width.
constexpr double k_print_units = 124;
constexpr double k_wide = 16;
constexpr double k_min_text_width = 12;

void fit_print_width(SheetSpec& sheet) {
    if (!sheet.column_breaks.empty()) { return; }  // laid out over several pages by its maker
    double fixed = 0, wide = 0;
    for (double w : sheet.widths) { (w > k_wide ? wide : fixed) += w; }
    if (fixed + wide <= k_print_units || wide == 0) { return; }
    double factor = std::max(0.0, k_print_units - fixed) / wide;
    for (double& w : sheet.widths) {
        if (w > k_wide) { w = std::max(k_min_text_width, std::round(w * factor)); }
    }
}

std::string yes_no(const std::optional<bool>& value) {
    if (!value) { return ""; }
    return *value ? "jā" : "nē";
}

std::vector<bool> estimated_rows(const SheetSpec& sheet) {
    std::vector<bool> out;
    for (const auto& row : sheet.rows) { out.push_back(row.height == estimated_height(row, sheet.widths)); }
    return out;
}

void refit_print_width(SheetSpec& sheet, const std::vector<bool>& estimated) {
    if (sheet.natural_widths.size() == sheet.widths.size()) {
        sheet.widths = sheet.natural_widths;
        fit_print_width(sheet);
    }
    for (std::size_t r = 0; r < sheet.rows.size() && r < estimated.size(); ++r) {
        if (estimated[r]) { sheet.rows[r].height = estimated_height(sheet.rows[r], sheet.widths); }
    }
}

}  // namespace pvpp
