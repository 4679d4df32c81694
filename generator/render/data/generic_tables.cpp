// The open-data table of each kind with no struct of its own, its fields from its descriptor.
#include "model/record_kinds.h"
#include "render/data/table_parts.h"

namespace pvpp::opendata {
namespace {

std::string escaped(char c) { return c == '.' ? "\\." : std::string(1, c); }

// Its codes as one regular expression ("^(PU[0-9]+-[0-9]+)$"), or the id pattern.
std::string key_pattern(const RecordKindInfo& kind) {
    if (kind.codes.empty()) { return pattern::k_id; }
    std::string alternatives;
    for (const auto& p : kind.codes) {
        std::string sub = "[" + escaped(p.sep) + "][0-9]+";
        std::string tail = p.sub == CodePattern::Sub::none ? "" : p.sub == CodePattern::Sub::required ? sub : "(" + sub + ")?";
        alternatives += (alternatives.empty() ? "" : "|") + p.prefix + "[0-9]+" + tail;
    }
    return "^(" + alternatives + ")$";
}

// "content/risks.toml" → "risks".
std::string table_name(const RecordKindInfo& kind) {
    std::string file = kind.file;
    std::size_t slash = file.rfind('/');
    std::string name = file.substr(slash == std::string::npos ? 0 : slash + 1);
    return name.substr(0, name.find('.'));
}

std::string snake(std::string name) {
    for (char& c : name) { c = c == ' ' ? '_' : c; }
    return name;
}

// The table whose records a field names (the earlier tables hold every shipped kind).
std::string table_of(const std::vector<Table>& tables, EntityKind kind) {
    std::string record = snake(record_kind(kind).name);
    for (const auto& t : tables) {
        if (t.record == record) { return t.name; }
    }
    return "";
}

Field field_of(const FieldInfo& f, const std::vector<Table>& tables) {
    switch (f.type) {
        case FieldKind::text: return string_field(f.key, f.label, true);
        case FieldKind::markdown: return text_field(f.key, std::string(f.label) + " (Markdown).");
        case FieldKind::ref:
            return ref_field(f.key, table_of(tables, f.target), key_pattern(record_kind(f.target)), f.label, true);
        case FieldKind::refs:
            return refs_field(f.key, table_of(tables, f.target), key_pattern(record_kind(f.target)), f.label);
        case FieldKind::strings: return strings_field(f.key, f.label);
        case FieldKind::number: return integer_field(f.key, std::nullopt, std::nullopt, f.label, true);
        case FieldKind::flag: return boolean_field(f.key, f.label, true);
        case FieldKind::date: return date_field(f.key, f.label);
        case FieldKind::schedule: return object_field(f.key, schedule_fields(), f.label);
    }
    return string_field(f.key, f.label);
}

json::Value value_of(const FieldInfo& f, const GenericField& v) {
    switch (f.type) {
        case FieldKind::text: case FieldKind::ref: return json::string_or_null(v.value);
        case FieldKind::markdown: return text_value(v.text);
        case FieldKind::refs: return refs_value(v.refs);
        case FieldKind::strings: return json::strings(v.strings);
        case FieldKind::number: return v.number ? json::integer(*v.number) : json::null();
        case FieldKind::flag: return bool_or_null(v.flag);
        case FieldKind::date: return date_value(v.date);
        case FieldKind::schedule: {
            Members m;
            add_schedule(m, v.schedule);
            return json::object(std::move(m));
        }
    }
    return json::string_or_null(v.value);
}

Table generic_table(const RecordKindInfo& kind, const std::vector<GenericRecord>& records,
                    const std::vector<Table>& tables) {
    Table t{table_name(kind), snake(kind.name), kind.plural, "id", std::string("Records of kind ") + kind.name + ".",
            {code_field("id", key_pattern(kind), "Code or id."), string_field("name", "Name.")}, {}};
    for (std::size_t i = 2; i < kind.fields.size(); ++i) { t.fields.push_back(field_of(kind.fields[i], tables)); }
    for (const auto& r : records) {
        Members row{{"id", json::string(r.id)}, {"name", json::string(r.name)}};
        for (std::size_t i = 2; i < kind.fields.size(); ++i) {
            row.emplace_back(kind.fields[i].key, value_of(kind.fields[i], r.fields[i]));
        }
        t.rows.push_back(json::object(std::move(row)));
    }
    return t;
}

}  // namespace

void add_generic_tables(const Corpus& corpus, std::vector<Table>& tables) {
    for (const auto& [kind, records] : corpus.records) {
        tables.push_back(generic_table(record_kind(kind), records, tables));
    }
}

}  // namespace pvpp::opendata
