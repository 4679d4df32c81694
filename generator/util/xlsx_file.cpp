// The .xlsx reader: which parts a workbook has and what their XML means (the sheet list,
// shared strings, cells). The parts themselves are read within bounds by util/xlsx_parts.
#include "util/xlsx_file.h"

#include <charconv>
#include <cmath>
#include <functional>
#include <memory>

#include "util/message.h"

namespace pvpp {
namespace {

// "C14" → (13, 2); false when the reference is not a cell inside a sheet's bounds.
bool parse_cell_name(std::string_view ref, int& row, int& col) {
    std::size_t i = 0;
    col = 0;
    while (i < ref.size() && ref[i] >= 'A' && ref[i] <= 'Z' && i < 3) { col = col * 26 + (ref[i++] - 'A' + 1); }
    auto [end, ec] = std::from_chars(ref.data() + i, ref.data() + ref.size(), row);
    bool ok =
        i > 0 && ec == std::errc() && end == ref.data() + ref.size() && row >= 1 && row <= 1048576 && col <= 16384;
    --row;
    --col;
    return ok;
}

}  // namespace

const XlsxCell* XlsxSheet::at(int row, int col) const {
    auto it = cells.find({row, col});
    return it == cells.end() ? nullptr : &it->second;
}

const XlsxSheet* XlsxBook::sheet(const std::string& name) const {
    for (const auto& s : sheets) {
        if (s.name == name) { return &s; }
    }
    return nullptr;
}

std::string cell_name(int row, int col) {
    std::string letters;
    for (int c = col + 1; c > 0; c = (c - 1) / 26) { letters.insert(letters.begin(), char('A' + (c - 1) % 26)); }
    return letters + std::to_string(row + 1);
}

// Howard Hinnant's days-to-civil: serial 1 is 1900-01-01 and Excel counts a 29 February
// 1900 that never was, so serials from 61 on are one day ahead (the day 0 is 1899-12-30).
std::string serial_to_iso_date(double serial) {
    if (!(serial >= 61 && serial < 2958466)) { return ""; }
    long z = static_cast<long>(std::floor(serial)) - 25569 + 719468;  // days since 0000-03-01
    long era = z / 146097;
    long doe = z - era * 146097;
    long yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
    long doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    long mp = (5 * doy + 2) / 153;
    long d = doy - (153 * mp + 2) / 5 + 1;
    long m = mp < 10 ? mp + 3 : mp - 9;
    long y = yoe + era * 400 + (m <= 2 ? 1 : 0);
    char out[64];
    std::snprintf(out, sizeof out, "%04ld-%02ld-%02ld", y, m, d);
    return out;
}

namespace {

struct SheetEntry {
    std::string name;
    std::string part;
};

// The sheets in workbook order, each with the part that holds it.
std::string read_sheet_list(XlsxArchive& zip, std::vector<SheetEntry>& sheets, std::string& shared_strings) {
    std::string workbook, rels;
    if (!zip.has("xl/workbook.xml")) { return _("not an xlsx workbook (it has no xl/workbook.xml)"); }
    if (!zip.read("xl/workbook.xml", workbook) || !zip.read("xl/_rels/workbook.xml.rels", rels)) { return zip.error; }
    std::map<std::string, std::string> targets;
    XmlPart r;
    r.on_start = [&](std::string_view name, const XML_Char** a) {
        if (name != "Relationship") { return; }
        std::string target = xml_attribute(a, "Target");
        target = target.starts_with("/") ? target.substr(1) : "xl/" + target;
        targets[xml_attribute(a, "Id")] = target;
        if (xml_attribute(a, "Type").ends_with("/sharedStrings")) { shared_strings = target; }
    };
    if (std::string e = r.parse("xl/_rels/workbook.xml.rels", rels); !e.empty()) { return e; }
    std::vector<std::pair<std::string, std::string>> ids;
    XmlPart w;
    w.on_start = [&](std::string_view name, const XML_Char** a) {
        if (name == "sheet") { ids.emplace_back(xml_attribute(a, "name"), xml_attribute(a, "id")); }
    };
    if (std::string e = w.parse("xl/workbook.xml", workbook); !e.empty()) { return e; }
    for (auto& [name, id] : ids) { sheets.push_back({name, targets[id]}); }
    return "";
}

std::string read_shared_strings(XlsxArchive& zip, const std::string& part, std::vector<std::string>& strings) {
    if (part.empty() || !zip.has(part)) { return ""; }
    std::string bytes;
    if (!zip.read(part, bytes)) { return zip.error; }
    bool in_text = false;
    int phonetic = 0;  // <rPh> runs are reading aids, not part of the string
    XmlPart x;
    x.on_start = [&](std::string_view n, const XML_Char**) {
        if (n == "si") { strings.emplace_back(); }
        if (n == "rPh") { ++phonetic; }
        in_text = n == "t" && phonetic == 0 && !strings.empty();
    };
    x.on_end = [&](std::string_view n) {
        if (n == "rPh") { --phonetic; }
        in_text = false;
    };
    x.on_text = [&](std::string_view s) {
        if (in_text) { strings.back() += s; }
    };
    return x.parse(part, bytes);
}

/// Turns one sheet part's <c> elements into cells.
class SheetReader {
   public:
    SheetReader(const std::vector<std::string>& strings, const XlsxLimits& limits, XlsxSheet& sheet)
        : m_strings(strings), m_limits(limits), m_sheet(sheet) {}
    std::string read(const std::string& part, const std::string& bytes);

   private:
    void start(std::string_view n, const XML_Char** a);
    void end(std::string_view n);
    std::string finish_cell();

    const std::vector<std::string>& m_strings;
    const XlsxLimits& m_limits;
    XlsxSheet& m_sheet;
    XmlPart m_xml;
    int m_row = -1, m_col = -1, m_phonetic = 0;
    std::string m_type, m_value, m_formula, m_inline;
    std::string* m_target = nullptr;  // the text being collected: value, formula or inline string
    bool m_in_cell = false;
};

void SheetReader::start(std::string_view n, const XML_Char** a) {
    if (n == "row") {
        std::string r = xml_attribute(a, "r");
        int number = m_row + 2;  // a row without its number follows the one before
        if (!r.empty()) { std::from_chars(r.data(), r.data() + r.size(), number); }
        m_row = number - 1;
        m_col = -1;
    } else if (n == "c") {
        std::string ref = xml_attribute(a, "r");
        int row = m_row, col = m_col + 1;  // a cell without its reference follows the one before
        bool ok = ref.empty() ? row >= 0 && row < 1048576 && col < 16384 : parse_cell_name(ref, row, col);
        if (!ok) {
            m_xml.error = fill(_("{1} has a cell outside a sheet's bounds (\"{2}\")"),
                               {"{1}", ref.empty() ? cell_name(row, col) : ref});
            return;
        }
        m_row = row, m_col = col, m_type = xml_attribute(a, "t");
        m_value.clear(), m_formula.clear(), m_inline.clear();
        m_in_cell = true;
    } else if (m_in_cell && n == "rPh") {
        ++m_phonetic;
    } else if (m_in_cell) {
        m_target = n == "v" ? &m_value : n == "f" ? &m_formula : (n == "t" && m_phonetic == 0) ? &m_inline : nullptr;
    }
}

void SheetReader::end(std::string_view n) {
    m_target = nullptr;
    if (n == "rPh") { --m_phonetic; }
    if (n == "c" && m_in_cell) {
        m_in_cell = false;
        m_xml.error = finish_cell();
    }
}

std::string SheetReader::finish_cell() {
    XlsxCell cell;
    cell.formula = m_formula;
    if (m_type == "s") {
        std::size_t i = 0;
        auto [p, ec] = std::from_chars(m_value.data(), m_value.data() + m_value.size(), i);
        if (ec != std::errc() || i >= m_strings.size()) {
            return fill(_("{1} has a cell ({2}) pointing at a shared string that does not exist"),
                        {"{1}", cell_name(m_row, m_col)});
        }
        cell.text = m_strings[i];
    } else if (m_type == "inlineStr") {
        cell.text = m_inline;
    } else {
        cell.kind = m_type == "b"     ? XlsxCell::Kind::boolean
                    : m_type == "e"   ? XlsxCell::Kind::error
                    : m_type == "str" ? XlsxCell::Kind::text
                                      : XlsxCell::Kind::number;
        cell.text = m_value;
    }
    if (cell.text.empty() && cell.formula.empty()) { return ""; }  // a styled empty cell
    if (m_sheet.cells.size() >= m_limits.max_cells) {
        return fill(_("{1} has more than {2} cells (refused)"), {"{1}", std::to_string(m_limits.max_cells)});
    }
    m_sheet.cells[{m_row, m_col}] = std::move(cell);
    return "";
}

std::string SheetReader::read(const std::string& part, const std::string& bytes) {
    m_xml.on_start = [this](std::string_view n, const XML_Char** a) { start(n, a); };
    m_xml.on_end = [this](std::string_view n) { end(n); };
    m_xml.on_text = [this](std::string_view s) {
        if (m_target) { m_target->append(s); }
    };
    return m_xml.parse(part, bytes);
}

// OLE compound files hold .xls workbooks and encrypted (password-protected) .xlsx ones.
std::string not_a_zip(const std::string& bytes) {
    static const std::string ole("\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1", 8);
    if (bytes.starts_with(ole)) {
        static const std::string encrypted("E\0n\0c\0r\0y\0p\0t\0e\0d\0P\0a\0c\0k\0a\0g\0e\0", 32);
        return bytes.find(encrypted) != std::string::npos
                   ? _("the workbook is password-protected (encrypted); save it without a password")
                   : _("not an xlsx workbook (an Excel 97–2003 .xls or another OLE file); save it as .xlsx");
    }
    return _("not an xlsx workbook (not a ZIP archive)");
}

}  // namespace

XlsxBook read_xlsx(const std::string& bytes, const std::set<std::string>& wanted, const XlsxLimits& limits) {
    XlsxBook book;
    if (bytes.size() > limits.max_file_bytes) {
        book.error = fill(_("the file is larger than {1} (refused)"), {megabytes(limits.max_file_bytes)});
        return book;
    }
    if (!bytes.starts_with("PK\x03\x04")) {
        book.error = not_a_zip(bytes);
        return book;
    }
    XlsxArchive zip(bytes, limits);
    if (!zip.is_open()) {
        book.error = zip.error;
        return book;
    }
    std::vector<SheetEntry> entries;
    std::string shared_part;
    std::vector<std::string> strings;
    book.error = read_sheet_list(zip, entries, shared_part);
    if (book.error.empty()) { book.error = read_shared_strings(zip, shared_part, strings); }
    for (std::size_t i = 0; i < entries.size() && book.error.empty(); ++i) {
        book.sheet_names.push_back(entries[i].name);
        if (!wanted.contains(entries[i].name)) { continue; }
        std::string part;
        if (!zip.read(entries[i].part, part)) {
            book.error = zip.error;
        } else {
            XlsxSheet& sheet = book.sheets.emplace_back();
            sheet.name = entries[i].name;
            book.error = SheetReader(strings, limits, sheet).read(entries[i].part, part);
        }
        if (!book.error.empty()) { book.error_sheet = entries[i].name; }
    }
    return book;
}

}  // namespace pvpp
