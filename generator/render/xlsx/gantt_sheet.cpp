// Appendix 2's Gantt view: the work-plan rows with a column per month of 2024…2027,
// filled by conditional formats from each row's start, end and % done.
#include "render/xlsx/sheet_builder.h"
#include "render/xlsx/workplan_sheets.h"

namespace pvpp {
namespace {

constexpr int k_first_year = 2024;
constexpr int k_years = 4;
constexpr int k_first_month_col = 5;

std::string two_digits(int n) { return (n < 10 ? "0" : "") + std::to_string(n); }

// Excel cell name of a zero-based row and column (columns past Z included).
std::string cell_name(int row, int col, bool absolute_col) {
    std::string letters;
    for (int c = col + 1; c > 0; c = (c - 1) / 26) { letters.insert(letters.begin(), char('A' + (c - 1) % 26)); }
    return (absolute_col ? "$" : "") + letters + std::to_string(row + 1);
}

// True where the row's [start, end] overlaps the month, or (done) its finished part does.
std::string month_formula(int row, int year, int month, bool done) {
    std::string start = cell_name(row, 2, true), end = cell_name(row, 3, true), pct = cell_name(row, 4, true);
    std::string first = "DATE(" + std::to_string(year) + "," + std::to_string(month) + ",1)";
    std::string last = "DATE(" + std::to_string(year) + "," + std::to_string(month + 1) + ",0)";
    std::string reach = done ? start + "+(" + end + "-" + start + ")*N(" + pct + ")" : end;
    std::string extra = done ? ",N(" + pct + ")>0" : "";
    return "=AND(ISNUMBER(" + start + "),ISNUMBER(" + end + ")" + extra + "," + start + "<=" + last + "," + reach +
           ">=" + first + ")";
}

// Narrow enough that the code, name, dates and two years of months fit an A4 landscape
// page at 85 % (11-point text prints at 9.35 pt; 124 units fit at 82 %, see
// fit_print_width); the other two years print on the page beside it, code and name again.
constexpr int k_print_scale = 85;

std::vector<ColumnSpec> gantt_columns() {
    std::vector<ColumnSpec> cols = {{"Kods", 9, ""}, {"Nosaukums", 22, ""}, {"Sākums", 10, ""}, {"Beigas", 10, ""},
                                    {"Izpilde", 7, ""}};
    for (int y = 0; y < k_years; ++y) {
        for (int m = 1; m <= 12; ++m) { cols.push_back({two_digits(m), 2.3, ""}); }
    }
    return cols;
}

void print_two_years_a_page(SheetSpec& sheet) {
    sheet.column_breaks = {k_first_month_col + 24};
    sheet.repeat_columns = 2;
    sheet.print_scale = k_print_scale;
}

// The row of years above the month numbers, each year merged over its twelve months.
void add_year_row(SheetSpec& sheet) {
    sheet.rows.insert(sheet.rows.begin() + 1, Row{});
    for (int y = 0; y < k_years; ++y) {
        int col = k_first_month_col + 12 * y;
        sheet.merges.push_back({Range{1, col, 1, col + 11}, text_cell(std::to_string(k_first_year + y), Style::header)});
    }
    sheet.header_row = 2;
    sheet.header_rows = 2;
    sheet.freeze_row = 3;
    sheet.autofilter->first_row = 2;
    sheet.autofilter->last_row += 1;
}

void add_fills(SheetSpec& sheet, int first, int last) {
    for (int y = 0; y < k_years; ++y) {
        for (int m = 1; m <= 12; ++m) {
            int col = k_first_month_col + 12 * y + m - 1;
            Range r{first, col, last, col};
            // The darker rule comes first, so it wins where both apply.
            sheet.fills.push_back({r, month_formula(first, k_first_year + y, m, true), Style::gantt_done});
            sheet.fills.push_back({r, month_formula(first, k_first_year + y, m, false), Style::gantt_planned});
        }
    }
}

// A month of a row known only to the month (a label's "(05.-07.24)"): no date for the fills to
// read, so the months are marked as the chart marks them, dashed.
bool in_period(const Schedule& s, int year, int month) {
    if (s.start && s.end) { return false; }
    if (!s.period_from || !s.period_to) { return false; }
    int at = year * 12 + month;
    return s.period_from->year * 12 + s.period_from->month <= at && at <= s.period_to->year * 12 + s.period_to->month;
}

// A row's code, name, dates and progress, then its month cells: empty for the fills, or its period's.
std::vector<Cell> gantt_cells(const std::string& code, const std::string& name, const Schedule& s, Style style) {
    std::vector<Cell> cells = {text_cell(code, style), text_cell(name, style), date_cell(s.start), date_cell(s.end),
                               percent_cell(s.done_percent)};
    for (int y = 0; y < k_years; ++y) {
        for (int m = 1; m <= 12; ++m) {
            cells.push_back(blank_cell(in_period(s, k_first_year + y, m) ? Style::gantt_period : Style::gantt_cell));
        }
    }
    return cells;
}

}  // namespace

SheetSpec gantt_sheet(const Corpus& corpus) {
    SheetBuilder b(
        "Ganta diagramma",
        "Darba plāna laika grafiks pa mēnešiem (gaišs — plānots, tumšs — izpildīts, svītrots — tikai mēneši)",
        gantt_columns(), 2);
    print_two_years_a_page(b.sheet());  // before finish(): its widths are the print's
    // The milestones first, as in 000's chart: a dated one lights its month, an undated one none.
    for (const auto& m : corpus.milestones) { b.add(gantt_cells("", m.name, m.schedule, Style::subgroup)); }
    for (const auto& r : plan_rows(corpus)) {
        Style style = r.outline == 1 ? Style::group : r.outline == 2 ? Style::subgroup : Style::wrap;
        b.add(gantt_cells(r.code, r.outline == 3 ? "– " + r.name : r.name, *r.schedule, style), r.outline);
    }
    int rows = b.next_row() - 2;
    SheetSpec sheet = b.finish();
    add_year_row(sheet);
    if (rows > 0) { add_fills(sheet, 3, 2 + rows); }
    return sheet;
}

}  // namespace pvpp
