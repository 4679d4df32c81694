// The checks of a filled workbook, from the file down to each cell: is it an xlsx at all,
// made from the template, with every sheet, who sent it, and each row's code, name,
// rating and note. Ratings are read as stored; a formula is never evaluated.
#include "load/assessment_reader.h"

#include <charconv>
#include <cmath>
#include <map>
#include <set>

#include "util/message.h"
#include "util/text.h"
#include "util/utf8.h"
#include "util/xlsx_file.h"

namespace pvpp {
namespace {

/// Reports findings at cells of one workbook.
class Reporter {
   public:
    Reporter(const std::string& file, Diagnostics& diags) : m_file(file), m_diags(diags) {}
    void at_file(std::string message) { m_diags.error({m_file}, std::move(message)); }
    void at_sheet(const std::string& sheet, std::string message) {
        m_diags.error({m_file + ":" + sheet}, std::move(message));
    }
    void at(const std::string& sheet, int row, int col, std::string message) {
        m_diags.error({m_file + ":" + sheet + "!" + cell_name(row, col)}, std::move(message));
    }
    int errors() const { return m_diags.error_count(); }

   private:
    std::string m_file;
    Diagnostics& m_diags;
};

std::string text_at(const XlsxSheet& sheet, int row, int col) {
    const XlsxCell* c = sheet.at(row, col);
    return c ? std::string(trim(c->text)) : "";
}

// A rating: a whole number 0–4, stored as a number or typed as text.
std::optional<int> parse_level(const std::string& text) {
    double value = 0;
    auto [end, ec] = std::from_chars(text.data(), text.data() + text.size(), value);
    if (ec != std::errc() || end != text.data() + text.size() || value != std::floor(value) || value < 0 ||
        value > k_max_rating) {
        return std::nullopt;
    }
    return static_cast<int>(value);
}

// A date as the template's date cell holds it (a day number) or as typed text; shown
// as Latvians write it, 14.03.2026.
std::optional<std::string> parse_date(const XlsxCell& c) {
    int d = 0, m = 0, y = 0;
    if (c.kind == XlsxCell::Kind::number) {
        double serial = 0;
        std::from_chars(c.text.data(), c.text.data() + c.text.size(), serial);
        std::string iso = serial_to_iso_date(serial);
        if (iso.empty()) { return std::nullopt; }
        return iso.substr(8, 2) + "." + iso.substr(5, 2) + "." + iso.substr(0, 4);
    }
    char tail = 0;
    std::string t(trim(c.text));
    if (std::sscanf(t.c_str(), "%d.%d.%d%c", &d, &m, &y, &tail) == 3 ||
        std::sscanf(t.c_str(), "%d-%d-%d%c", &y, &m, &d, &tail) == 3) {
        if (y >= 1900 && y <= 9999 && m >= 1 && m <= 12 && d >= 1 && d <= 31) {
            char out[32];
            std::snprintf(out, sizeof out, "%02d.%02d.%04d", d, m, y);
            return std::string(out);
        }
    }
    return std::nullopt;
}

bool template_labels_hold(const XlsxSheet& info, Reporter& report) {
    for (std::size_t i = 0; i < k_info_labels.size(); ++i) {
        int row = k_info_first_row + static_cast<int>(i);
        if (text_at(info, row, 0) != k_info_labels[i]) {
            report.at(info.name, row, 0,
                      fill(_("not made from pvpp's self-assessment template: this cell should read \"{1}\" "
                             "(fill in the current pasnovertejums.xlsx)"),
                           {k_info_labels[i]}));
            return false;
        }
    }
    return true;
}

// The most characters a spreadsheet cell holds; longer text could not be written back.
constexpr std::size_t k_max_cell_chars = 32767;
// An institution's name becomes a file name: longer than any real one, it is refused.
constexpr std::size_t k_max_name_chars = 200;

void read_info(const XlsxSheet& info, const AssessmentForm& form, Assessment& a, Reporter& report) {
    const std::string& s = info.name;
    int r = k_info_first_row;
    a.institution = text_at(info, r, 1);
    const XlsxCell* name = info.at(r, 1);
    if (name && !name->formula.empty()) {
        report.at(s, r, 1, fill(_("the institution's name is a formula (={1}); type the name"), {name->formula}));
    } else if (a.institution.empty()) {
        report.at(s, r, 1, _("the institution's name is empty"));
    }
    if (count_code_points(a.institution) > k_max_name_chars) {
        report.at(s, r, 1,
                  fill(_("the institution's name is longer than {1} characters"), {std::to_string(k_max_name_chars)}));
    }
    std::string group = text_at(info, r + 1, 1);
    for (const auto& [label, number] : form.groups) {
        if (label == group) { a.group = number; }
    }
    if (group.empty()) {
        report.at(s, r + 1, 1, _("the institution's Table 1 group is empty (choose it from the drop-down)"));
    } else if (a.group == 0) {
        report.at(s, r + 1, 1, fill(_("\"{1}\" is not a Table 1 group (choose it from the drop-down)"), {group}));
    }
    if (const XlsxCell* date = info.at(r + 2, 1)) {
        auto iso = parse_date(*date);
        if (!iso) { report.at(s, r + 2, 1, fill(_("\"{1}\" is not a date (write it as 01.03.2026)"), {date->text})); }
        a.date = iso.value_or("");
    }
    a.assessor = text_at(info, r + 3, 1);
}

// A note is text as typed; a formula the user entered (=HYPERLINK(…)) is kept as its text.
std::string note_text(const XlsxCell* c) {
    if (!c) { return ""; }
    return c->formula.empty() ? c->text : "=" + c->formula;
}

std::optional<int> read_level(const XlsxSheet& sheet, int row, Reporter& report) {
    const XlsxCell* c = sheet.at(row, 2);
    if (!c) { return std::nullopt; }
    if (!c->formula.empty()) {
        report.at(sheet.name, row, 2, fill(_("the rating is a formula (={1}); type a whole number 0–4"), {c->formula}));
        return std::nullopt;
    }
    std::string text(trim(c->text));
    auto level =
        c->kind == XlsxCell::Kind::error || c->kind == XlsxCell::Kind::boolean ? std::nullopt : parse_level(text);
    if (!level && !text.empty()) {
        report.at(sheet.name, row, 2, fill(_("the rating must be a whole number 0–4, not \"{1}\""), {c->text}));
    }
    return level;
}

// The rows of a part's sheet by code; unknown, renamed and repeated codes reported.
std::vector<Rating> read_part(const XlsxSheet& sheet, const AssessmentPart& part, Reporter& report) {
    std::map<std::string, std::size_t> index;
    for (std::size_t i = 0; i < part.items.size(); ++i) { index[part.items[i].code] = i; }
    std::vector<Rating> out(part.items.size());
    std::map<std::string, int> seen;
    for (const auto& [pos, cell] : sheet.cells) {
        auto [row, col] = pos;
        if (col != 0 || row < k_part_first_row) { continue; }
        std::string code(trim(cell.text));
        if (code.empty()) { continue; }
        auto it = index.find(code);
        if (it == index.end()) {
            report.at(sheet.name, row, 0,
                      fill(_("'{1}' is not a code of this part in the corpus: the sheet was made from another "
                             "version of the corpus (fill in the current pasnovertejums.xlsx)"),
                           {code}));
            continue;
        }
        if (auto [prev, fresh] = seen.emplace(code, row); !fresh) {
            report.at(sheet.name, row, 0,
                      fill(_("{1} is listed twice (also on row {2})"), {code, std::to_string(prev->second + 1)}));
            continue;
        }
        const std::string& name = part.items[it->second].name;
        if (std::string here = text_at(sheet, row, 1); here != name) {
            report.at(sheet.name, row, 1,
                      fill(_("{1} is named \"{2}\" here but \"{3}\" in the corpus: the sheet comes from an older "
                             "version of the corpus (fill in the current pasnovertejums.xlsx)"),
                           {code, here, name}));
        }
        out[it->second] = {code, read_level(sheet, row, report), note_text(sheet.at(row, 3))};
        if (count_code_points(out[it->second].note) > k_max_cell_chars) {
            report.at(sheet.name, row, 3, _("the note is longer than 32,767 characters, the most a cell holds"));
        }
    }
    for (const auto& item : part.items) {
        if (!seen.contains(item.code)) {
            report.at_sheet(sheet.name, fill(_("the row of {1} is missing: the sheet was made from another version "
                                               "of the corpus or a row was deleted (fill in the current "
                                               "pasnovertejums.xlsx)"),
                                             {item.code}));
        }
    }
    return out;
}

std::set<std::string> wanted_sheets(const AssessmentForm& form) {
    std::set<std::string> out = {k_assessment_info_sheet};
    for (const auto& p : form.parts) { out.insert(p.sheet); }
    return out;
}

}  // namespace

AssessmentForm assessment_form(const Corpus& corpus) {
    AssessmentForm form{assessment_parts(corpus), {}};
    for (const auto* g : policy_groups(corpus)) { form.groups.emplace_back(group_label(*g), g->number); }
    return form;
}

std::optional<Assessment> read_assessment(const std::string& file, const std::string& bytes, const AssessmentForm& form,
                                          Diagnostics& diags) {
    Reporter report(file, diags);
    int before = report.errors();
    XlsxBook book = read_xlsx(bytes, wanted_sheets(form));
    if (!book.error.empty()) {
        book.error_sheet.empty() ? report.at_file(book.error) : report.at_sheet(book.error_sheet, book.error);
        return std::nullopt;
    }
    const XlsxSheet* info = book.sheet(k_assessment_info_sheet);
    if (!info) {
        report.at_file(fill(_("not made from pvpp's self-assessment template: it has no sheet '{1}' (fill in the "
                              "current pasnovertejums.xlsx)"),
                            {k_assessment_info_sheet}));
        return std::nullopt;
    }
    if (!template_labels_hold(*info, report)) { return std::nullopt; }
    Assessment a;
    a.file = file;
    read_info(*info, form, a, report);
    for (const auto& part : form.parts) {
        const XlsxSheet* sheet = book.sheet(part.sheet);
        if (!sheet) {
            report.at_file(fill(_("the sheet '{1}' is missing (it was deleted or renamed; fill in the current "
                                  "pasnovertejums.xlsx)"),
                                {part.sheet}));
            a.parts.emplace_back();
        } else {
            a.parts.push_back(read_part(*sheet, part, report));
        }
    }
    if (report.errors() > before) { return std::nullopt; }
    return a;
}

}  // namespace pvpp
