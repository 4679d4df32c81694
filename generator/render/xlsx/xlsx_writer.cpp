// Writes a WorkbookSpec with libxlsxwriter. Corpus text only ever goes through
// worksheet_write_string (or as a link's display string), so it never becomes a formula.
#include "render/xlsx/xlsx_writer.h"

#include <ctime>
#include <filesystem>
#include <mutex>

#include "render/xlsx/xlsx_formats.h"
#include "util/file_system.h"
#include "util/message.h"

namespace pvpp {
namespace {

// libxlsxwriter 1.1.4 takes char* in its structs; these buffers are writable copies.
char* c_str(std::string& s) { return s.data(); }

lxw_datetime to_lxw(const Date& d) { return lxw_datetime{d.year, d.month, d.day, 0, 0, 0.0}; }

class SheetWriter {
public:
    SheetWriter(lxw_workbook* wb, lxw_worksheet* ws, const std::map<Style, lxw_format*>& formats)
        : m_wb(wb), m_ws(ws), m_formats(formats) {}

    /// Writes everything; returns the first error and what was being written.
    lxw_error write(const SheetSpec& sheet, std::string& what);

private:
    lxw_error write_cell(int row, int col, const Cell& cell);
    lxw_error write_rows(const SheetSpec& sheet, std::string& what);
    lxw_error write_extras(const SheetSpec& sheet, std::string& what);
    lxw_error write_merges(const SheetSpec& sheet);
    lxw_error write_validations(const SheetSpec& sheet);
    lxw_error write_fills(const SheetSpec& sheet);
    lxw_error write_charts(const SheetSpec& sheet);
    lxw_error write_page_setup(const SheetSpec& sheet);
    lxw_error write_column_breaks(const SheetSpec& sheet);
    lxw_format* format(Style s) const { return m_formats.at(s); }

    lxw_workbook* m_wb;
    lxw_worksheet* m_ws;
    const std::map<Style, lxw_format*>& m_formats;
};

lxw_error SheetWriter::write_cell(int row, int col, const Cell& cell) {
    lxw_format* f = format(cell.style);
    lxw_error err = LXW_NO_ERROR;
    switch (cell.kind) {
    case Cell::Kind::blank: err = worksheet_write_blank(m_ws, row, col, f); break;
    case Cell::Kind::text: err = worksheet_write_string(m_ws, row, col, cell.text.c_str(), f); break;
    case Cell::Kind::number: err = worksheet_write_number(m_ws, row, col, cell.number, f); break;
    case Cell::Kind::formula:
        err = cell.blank_result ? worksheet_write_formula_str(m_ws, row, col, cell.text.c_str(), f, "")
                                : worksheet_write_formula_num(m_ws, row, col, cell.text.c_str(), f, cell.number);
        break;
    case Cell::Kind::date: {
        lxw_datetime d = to_lxw(cell.date);
        err = worksheet_write_datetime(m_ws, row, col, &d, f);
        break;
    }
    case Cell::Kind::link: {
        std::string url = "internal:'" + cell.target + "'!A1";
        err = worksheet_write_url_opt(m_ws, row, col, url.c_str(), f, cell.text.c_str(), nullptr);
        break;
    }
    }
    if (err == LXW_NO_ERROR && !cell.comment.empty()) {
        err = worksheet_write_comment(m_ws, row, col, cell.comment.c_str());
    }
    return err;
}

lxw_error SheetWriter::write_rows(const SheetSpec& sheet, std::string& what) {
    for (std::size_t c = 0; c < sheet.widths.size(); ++c) {
        worksheet_set_column(m_ws, c, c, sheet.widths[c], nullptr);
    }
    for (std::size_t r = 0; r < sheet.rows.size(); ++r) {
        const Row& row = sheet.rows[r];
        what = fill(_("row {1}"), {std::to_string(r + 1)});
        lxw_row_col_options opts{0, static_cast<uint8_t>(row.outline), 0};
        double height = row.height > 0 ? row.height : LXW_DEF_ROW_HEIGHT;
        if (lxw_error e = worksheet_set_row_opt(m_ws, r, height, nullptr, &opts)) { return e; }
        for (std::size_t c = 0; c < row.cells.size(); ++c) {
            if (lxw_error e = write_cell(r, c, row.cells[c])) { return e; }
        }
    }
    return LXW_NO_ERROR;
}

lxw_error SheetWriter::write_merges(const SheetSpec& sheet) {
    for (const auto& m : sheet.merges) {
        const Range& r = m.range;
        if (lxw_error e = worksheet_merge_range(m_ws, r.first_row, r.first_col, r.last_row, r.last_col,
                                                m.cell.text.c_str(), format(m.cell.style))) {
            return e;
        }
    }
    return LXW_NO_ERROR;
}

lxw_error SheetWriter::write_validations(const SheetSpec& sheet) {
    for (const auto& v : sheet.validations) {
        std::string source = v.source, title = v.title, message = v.message;
        lxw_data_validation dv{};
        dv.validate = LXW_VALIDATION_TYPE_LIST_FORMULA;
        dv.value_formula = c_str(source);
        dv.input_title = c_str(title);
        dv.input_message = c_str(message);
        dv.error_title = c_str(title);
        dv.error_message = c_str(message);
        const Range& r = v.range;
        if (lxw_error e = worksheet_data_validation_range(m_ws, r.first_row, r.first_col, r.last_row, r.last_col, &dv)) {
            return e;
        }
    }
    return LXW_NO_ERROR;
}

lxw_error SheetWriter::write_fills(const SheetSpec& sheet) {
    for (const auto& fill : sheet.fills) {
        std::string formula = fill.formula;
        lxw_conditional_format cf{};
        cf.type = LXW_CONDITIONAL_TYPE_FORMULA;
        cf.value_string = c_str(formula);
        cf.format = format(fill.style);
        cf.stop_if_true = 1;
        const Range& r = fill.range;
        if (lxw_error e = worksheet_conditional_format_range(m_ws, r.first_row, r.first_col, r.last_row, r.last_col,
                                                             &cf)) {
            return e;
        }
    }
    return LXW_NO_ERROR;
}

lxw_error SheetWriter::write_charts(const SheetSpec& sheet) {
    for (const auto& c : sheet.charts) {
        lxw_chart* chart = workbook_add_chart(m_wb, LXW_CHART_COLUMN);
        if (!chart) { return LXW_ERROR_MEMORY_MALLOC_FAILED; }
        chart_add_series(chart, c.categories.c_str(), c.values.c_str());
        chart_title_set_name(chart, c.title.c_str());
        chart_axis_set_name(chart->y_axis, c.value_axis.c_str());
        chart_axis_set_min(chart->y_axis, 0);
        if (c.max > 0) { chart_axis_set_max(chart->y_axis, c.max); }
        chart_legend_set_position(chart, LXW_CHART_LEGEND_NONE);
        if (lxw_error e = worksheet_insert_chart(m_ws, c.row, c.col, chart)) { return e; }
    }
    return LXW_NO_ERROR;
}

lxw_error SheetWriter::write_extras(const SheetSpec& sheet, std::string& what) {
    what = _("merged cells");
    if (lxw_error e = write_merges(sheet)) { return e; }
    what = _("data validation");
    if (lxw_error e = write_validations(sheet)) { return e; }
    what = _("conditional format");
    if (lxw_error e = write_fills(sheet)) { return e; }
    what = _("chart");
    if (lxw_error e = write_charts(sheet)) { return e; }
    what = _("page setup");
    return write_page_setup(sheet);
}

lxw_error SheetWriter::write_column_breaks(const SheetSpec& sheet) {
    std::vector<lxw_col_t> breaks(sheet.column_breaks.begin(), sheet.column_breaks.end());
    breaks.push_back(0);  // the list's end
    if (lxw_error e = worksheet_set_v_pagebreaks(m_ws, breaks.data())) { return e; }
    if (sheet.repeat_columns > 0) {
        if (lxw_error e = worksheet_repeat_columns(m_ws, 0, static_cast<lxw_col_t>(sheet.repeat_columns - 1))) { return e; }
    }
    worksheet_set_print_scale(m_ws, static_cast<uint16_t>(sheet.print_scale));
    worksheet_print_across(m_ws);
    return LXW_NO_ERROR;
}

lxw_error SheetWriter::write_page_setup(const SheetSpec& sheet) {
    if (sheet.freeze_row > 0 || sheet.freeze_col > 0) { worksheet_freeze_panes(m_ws, sheet.freeze_row, sheet.freeze_col); }
    if (sheet.autofilter) {
        const Range& r = *sheet.autofilter;
        if (lxw_error e = worksheet_autofilter(m_ws, r.first_row, r.first_col, r.last_row, r.last_col)) { return e; }
    }
    // Outline buttons on the parent row above its children, as the tables read top-down.
    worksheet_outline_settings(m_ws, 1, 0, 1, 0);
    if (sheet.landscape) { worksheet_set_landscape(m_ws); }
    worksheet_set_paper(m_ws, 9);  // A4
    // Narrow margins (inches): the page's width goes to the table, so its type stays large.
    worksheet_set_margins(m_ws, 0.3, 0.3, 0.5, 0.6);
    if (!sheet.column_breaks.empty()) {
        if (lxw_error e = write_column_breaks(sheet)) { return e; }
    } else if (sheet.fit_to_width) {
        worksheet_fit_to_pages(m_ws, 1, 0);
    }
    if (sheet.header_row >= 0) {
        int first = sheet.header_row - sheet.header_rows + 1;
        if (lxw_error e = worksheet_repeat_rows(m_ws, first, sheet.header_row)) { return e; }
    }
    if (sheet.protect) {
        lxw_protection allowed{};
        allowed.format_columns = 1;
        allowed.format_rows = 1;
        allowed.autofilter = 1;
        worksheet_protect(m_ws, nullptr, &allowed);
    }
    return worksheet_set_footer(m_ws, "&L&A&RLapa &P no &N");
}

lxw_error SheetWriter::write(const SheetSpec& sheet, std::string& what) {
    if (lxw_error e = write_rows(sheet, what)) { return e; }
    return write_extras(sheet, what);
}

void set_properties(lxw_workbook* wb, const WorkbookSpec& spec) {
    std::string title = spec.title, subject = spec.subject, author = spec.author, keywords = spec.keywords;
    std::tm tm{};
    tm.tm_year = spec.created.year - 1900;
    tm.tm_mon = spec.created.month - 1;
    tm.tm_mday = spec.created.day;
    lxw_doc_properties props{};
    props.title = c_str(title);
    props.subject = c_str(subject);
    props.author = c_str(author);
    props.company = c_str(author);
    props.keywords = c_str(keywords);
    props.created = timegm(&tm);
    workbook_set_properties(wb, &props);
}

void report(Diagnostics& diags, const WorkbookSpec& spec, const std::string& sheet, const std::string& problem) {
    diags.error({"xlsx/" + spec.file}, sheet.empty() ? problem : fill(_("sheet '{1}': {2}"), {sheet, problem}));
}

}  // namespace

// libxlsxwriter does not promise to be safe across threads, and is not: writing the
// document properties calls gmtime(), whose result lives in one static buffer
// (ThreadSanitizer caught two workbooks racing there). So workbooks take turns; their
// specs are still made in parallel.
std::mutex& libxlsxwriter_turn() {
    static std::mutex turn;
    return turn;
}

bool write_workbook(const WorkbookSpec& spec, const std::string& path, const std::string& tmpdir, Diagnostics& diags) {
    std::lock_guard<std::mutex> one_at_a_time(libxlsxwriter_turn());
    std::string tmp = tmpdir;
    lxw_workbook_options options{0, c_str(tmp), 0};
    lxw_workbook* wb = workbook_new_opt(path.c_str(), &options);
    if (!wb) {
        report(diags, spec, "", _("libxlsxwriter cannot create the workbook"));
        return false;
    }
    set_properties(wb, spec);
    auto formats = make_formats(wb);
    bool ok = true;
    for (const auto& sheet : spec.sheets) {
        lxw_worksheet* ws = workbook_add_worksheet(wb, sheet.name.c_str());
        if (!ws) {
            report(diags, spec, sheet.name, _("libxlsxwriter refuses the sheet name"));
            ok = false;
            continue;
        }
        std::string what;
        if (lxw_error e = SheetWriter(wb, ws, formats).write(sheet, what)) {
            report(diags, spec, sheet.name, fill(_("{1}: libxlsxwriter: {2}"), {what, lxw_strerror(e)}));
            ok = false;
        }
    }
    if (lxw_error e = workbook_close(wb)) {
        report(diags, spec, "", fill(_("saving: libxlsxwriter: {1}"), {lxw_strerror(e)}));
        ok = false;
    }
    return ok;
}

std::optional<std::string> workbook_bytes(const WorkbookSpec& spec, const std::string& scratch, std::size_t n,
                                          Diagnostics& diags) {
    std::string tmp = scratch + "/workbook-" + std::to_string(n) + ".xlsx";
    std::optional<std::string> bytes;
    if (write_workbook(spec, tmp, scratch, diags)) { bytes = read_file_bytes(tmp).value_or(""); }
    std::error_code ec;
    std::filesystem::remove(tmp, ec);
    return bytes;
}

}  // namespace pvpp
