// The open-data table of every record kind, its columns and rows read from the kind's descriptor
// (model/record_kinds.h); what has a shape of its own hangs off its kind as a TableHook.
#include <map>

#include "model/record_kinds.h"
#include "render/data/table_parts.h"

namespace pvpp::opendata {
namespace {

// Columns of their own shape and tables of records that are no kind of their own, each in its
// module: role_tables.cpp, task_tables.cpp, plan_tables.cpp.
const std::map<EntityKind, TableHook> k_hooks = {
    {EntityKind::level, add_task_groups}, {EntityKind::role, add_carriers},
    {EntityKind::task, add_matrix_and_cards}, {EntityKind::line, add_milestones},
    {EntityKind::measure, add_activities}, {EntityKind::institution_group, add_exclusions},
};

std::string escaped(char c) { return c == '.' ? "\\." : std::string(1, c); }

// Its pattern, or its codes as one regular expression ("^(RK[0-9]+)$"), or the id pattern.
std::string key_pattern(const RecordKindInfo& kind) {
    if (*kind.data.pattern) { return kind.data.pattern; }
    if (kind.codes.empty()) { return pattern::k_id; }
    std::string alternatives;
    for (const auto& p : kind.codes) {
        std::string sub = "[" + escaped(p.sep) + "][0-9]+";
        std::string tail = p.sub == CodePattern::Sub::none ? "" : p.sub == CodePattern::Sub::required ? sub : "(" + sub + ")?";
        alternatives += (alternatives.empty() ? "" : "|") + p.prefix + "[0-9]+" + tail;
    }
    return "^(" + alternatives + ")$";
}

// Its name, or a registered kind's file's: "content/risks.toml" → "risks".
std::string table_name(const RecordKindInfo& kind) {
    if (*kind.data.name) { return kind.data.name; }
    std::string file = kind.file;
    std::size_t slash = file.rfind('/');
    std::string name = file.substr(slash == std::string::npos ? 0 : slash + 1);
    return name.substr(0, name.find('.'));
}

std::string description(const RecordKindInfo& kind) {
    return *kind.data.description ? kind.data.description : "Records of kind " + std::string(kind.name) + ".";
}

// "condition group" → "condition_group".
std::string snake(std::string name) {
    for (char& c : name) { c = c == ' ' ? '_' : c; }
    return name;
}

// A registered kind's loader requires only its id and name (load/generic_loader.cpp).
bool nullable(const FieldInfo& f, std::size_t i) { return f.optional || (!f.access.get && i >= 2); }

Field column(const RecordKindInfo& kind, std::size_t i) {
    const FieldInfo& f = kind.fields[i];
    std::string about = *f.description ? f.description : f.label;
    switch (f.type) {
        case FieldKind::text:
            if (i == 0) { return code_field(f.key, key_pattern(kind), about); }
            return enum_field(f.key, f.values, about, nullable(f, i));  // no values: any string
        case FieldKind::markdown: return text_field(f.key, about);
        case FieldKind::ref: return ref_to(f.key, f.target, about, nullable(f, i));
        case FieldKind::refs: return refs_to(f.key, f.target, about);
        case FieldKind::strings: return strings_field(f.key, about);
        case FieldKind::number: return integer_field(f.key, f.minimum, f.maximum, about, nullable(f, i));
        case FieldKind::flag: return boolean_field(f.key, about, nullable(f, i));
        case FieldKind::date: return date_field(f.key, about);
        case FieldKind::schedule: break;  // six columns of its own: add_columns
    }
    return string_field(f.key, about);
}

// A view always has the text, references or schedule its type names: a shipped kind's getter
// sets them, and a registered kind's record holds every field (load/generic_loader.cpp).
json::Value value(const FieldInfo& f, std::size_t i, const FieldValue& v) {
    switch (f.type) {
        case FieldKind::text:
        case FieldKind::ref: return nullable(f, i) ? json::string_or_null(v.value) : json::string(v.value);
        case FieldKind::markdown: return text_value(*v.text);
        case FieldKind::refs: return refs_value(*v.refs);
        case FieldKind::strings: return json::strings(v.strings);
        case FieldKind::number: return v.number ? json::integer(*v.number) : json::null();
        case FieldKind::flag: return bool_or_null(v.flag);
        case FieldKind::date: return date_value(v.date);
        case FieldKind::schedule: break;  // six values of its own: add_values
    }
    return json::null();
}

// A schedule is flattened into start, end … period_to, as the work plan's rows always were.
void add_columns(std::vector<Field>& fields, const RecordKindInfo& kind) {
    for (std::size_t i = 0; i < kind.fields.size(); ++i) {
        if (kind.fields[i].type != FieldKind::schedule) { fields.push_back(column(kind, i)); continue; }
        for (auto& f : schedule_fields()) { fields.push_back(std::move(f)); }
    }
}

json::Value row_of(const RecordKindInfo& kind, const RecordView& r) {
    Members row;
    for (std::size_t i = 0; i < kind.fields.size(); ++i) {
        const FieldInfo& f = kind.fields[i];
        FieldValue v = field_value(r, f, i);
        if (f.type == FieldKind::schedule) { add_schedule(row, *v.schedule); continue; }
        row.emplace_back(f.key, value(f, i, v));
    }
    return json::object(std::move(row));
}

Table kind_table(const Corpus& corpus, const RecordKindInfo& kind) {
    Table t{table_name(kind), snake(kind.name), *kind.data.title ? kind.data.title : kind.plural, kind.fields.at(0).key,
            description(kind), {}, {}};
    add_columns(t.fields, kind);
    visit_records(corpus, kind.kind, [&](const RecordView& r) { t.rows.push_back(row_of(kind, r)); });
    return t;
}

}  // namespace

Field ref_to(const std::string& name, EntityKind kind, const std::string& description, bool nullable) {
    return ref_field(name, table_name(record_kind(kind)), key_pattern(record_kind(kind)), description, nullable);
}

Field refs_to(const std::string& name, EntityKind kind, const std::string& description) {
    return refs_field(name, table_name(record_kind(kind)), key_pattern(record_kind(kind)), description);
}

// A shipped kind with no table name has no table: the live pages are the site's own settings.
void add_record_tables(const Corpus& corpus, std::vector<Table>& tables) {
    for (const auto& kind : record_kinds()) {
        if (kind.records && !*kind.data.name) { continue; }
        tables.push_back(kind_table(corpus, kind));
        auto hook = k_hooks.find(kind.kind);
        if (hook != k_hooks.end()) { hook->second(corpus, tables); }
    }
}

}  // namespace pvpp::opendata
