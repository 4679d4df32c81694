#include "render/data/csv_files.h"

#include <functional>

#include "util/text.h"

namespace pvpp::opendata {
namespace {

constexpr const char* k_bom = "\xEF\xBB\xBF";
constexpr const char* k_list_separator = "; ";

struct Sheet {
    std::string name;
    std::vector<std::string> header;
    std::vector<std::vector<std::string>> rows;
};

std::string cell(const json::Value& v) {
    switch (v.type) {
        case json::Value::Type::null: return "";
        case json::Value::Type::boolean: return v.boolean ? "true" : "false";
        case json::Value::Type::integer: return std::to_string(v.integer);
        case json::Value::Type::string: return v.string;
        case json::Value::Type::array: {
            std::string out;
            for (const auto& item : v.items) { out += (out.empty() ? "" : k_list_separator) + cell(item); }
            return out;
        }
        case json::Value::Type::object: return "";
    }
    return "";
}

const json::Value* at_path(const json::Value& row, const std::string& path) {
    const json::Value* v = &row;
    for (std::string_view name : split(path, '.')) { v = v ? v->find(std::string(name)) : nullptr; }
    return v;
}

using ColumnVisitor = std::function<void(const std::string& path, const Field& f)>;

// Calls fn with each field below fields and the path that reaches it: a single object's members
// stand for it ("section.member"); a list of sub-records ("duties.roles") gets its own sheet.
void each_field(const std::vector<Field>& fields, const std::string& prefix, const ColumnVisitor& fn) {
    for (const auto& f : fields) {
        if (f.type == FieldType::object) {
            each_field(f.fields, prefix + f.name + ".", fn);
        } else {
            fn(prefix + f.name, f);
        }
    }
}

// The columns of the fields, and their cells in a row; lists of sub-records are left out.
void add_columns(const std::vector<Field>& fields, std::vector<std::string>& header) {
    each_field(fields, "", [&](const std::string& path, const Field& f) {
        if (f.type != FieldType::objects) { header.push_back(path); }
    });
}

void add_cells(const std::vector<Field>& fields, const json::Value& row, std::vector<std::string>& cells) {
    each_field(fields, "", [&](const std::string& path, const Field& f) {
        const json::Value* v = at_path(row, path);
        if (f.type != FieldType::objects) { cells.push_back(v ? cell(*v) : ""); }
    });
}

// A table's own key names its owner in a child sheet: "task" for tasks and for cards.
std::string owner_column(const Table& t) {
    for (const auto& f : t.fields) {
        if (f.name == t.key && !f.refers_to.empty()) { return t.key; }
    }
    return t.record;
}

Sheet child_sheet(const Table& t, const std::string& path, const Field& list) {
    Sheet s{t.name + "_" + path, {owner_column(t)}, {}};
    for (char& c : s.name) { c = c == '.' ? '_' : c; }
    add_columns(list.fields, s.header);
    for (const auto& row : t.rows) {
        const json::Value* key = row.find(t.key);
        const json::Value* items = at_path(row, path);
        if (!items) { continue; }
        for (const auto& item : items->items) {
            std::vector<std::string> cells{key ? cell(*key) : ""};
            add_cells(list.fields, item, cells);
            s.rows.push_back(std::move(cells));
        }
    }
    return s;
}

Sheet table_sheet(const Table& t) {
    Sheet s{t.name, {}, {}};
    add_columns(t.fields, s.header);
    for (const auto& row : t.rows) {
        std::vector<std::string> cells;
        add_cells(t.fields, row, cells);
        s.rows.push_back(std::move(cells));
    }
    return s;
}

void add_line(const std::vector<std::string>& cells, std::string& out) {
    for (std::size_t i = 0; i < cells.size(); ++i) { out += (i ? "," : "") + csv_field(cells[i]); }
    out += "\r\n";
}

OutputFile file_of(const Sheet& s) {
    std::string bytes = k_bom;
    add_line(s.header, bytes);
    for (const auto& row : s.rows) { add_line(row, bytes); }
    return {s.name + ".csv", std::move(bytes)};
}

}  // namespace

bool looks_like_formula(std::string_view text) {
    return !text.empty() && std::string_view("=+-@\t\r").find(text.front()) != std::string_view::npos;
}

std::string csv_field(std::string_view text) {
    bool formula = looks_like_formula(text);
    if (!formula && text.find_first_of(",\"\r\n") == std::string_view::npos) { return std::string(text); }
    // The quote goes inside the quotes: a spreadsheet keeps it as the text's prefix mark.
    std::string out = formula ? "\"'" : "\"";
    for (char c : text) { out += c == '"' ? std::string("\"\"") : std::string(1, c); }
    return out + "\"";
}

std::vector<OutputFile> csv_files(const std::vector<Table>& tables) {
    std::vector<OutputFile> files;
    for (const auto& t : tables) {
        files.push_back(file_of(table_sheet(t)));
        each_field(t.fields, "", [&](const std::string& path, const Field& f) {
            if (f.type == FieldType::objects) { files.push_back(file_of(child_sheet(t, path, f))); }
        });
    }
    return files;
}

}  // namespace pvpp::opendata
