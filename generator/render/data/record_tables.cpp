// The open-data table of every record kind, its columns and rows read from the kind's descriptor
// (model/record_kinds.h); the parts of records that are no kind (model/parts.h) as its kind lists them.
#include <algorithm>
#include <array>
#include <cstdio>
#include <iterator>

#include "model/record_kinds.h"
#include "render/data/table_parts.h"

namespace pvpp::opendata {
namespace {

std::string escaped(char c) { return c == '.' ? "\\." : std::string(1, c); }

// Its pattern, or its codes as one regular expression ("^(RK[0-9]+)$"), or the id pattern.
std::string key_pattern(const RecordKindInfo& kind) {
    if (*kind.data.pattern) { return kind.data.pattern; }
    if (kind.codes.empty()) { return pattern::k_id; }
    std::string alternatives;
    for (const auto& p : kind.codes) {
        std::string sub = "[" + escaped(p.sep) + "][0-9]+";
        std::string tail = p.sub == CodePattern::Sub::none       ? ""
                           : p.sub == CodePattern::Sub::required ? sub
                                                                 : "(" + sub + ")?";
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

// A schedule is flattened into start, end … period_to, as the work plan's rows always were.
std::vector<Field> columns(const std::vector<FieldInfo>& fields) {
    std::vector<Field> out;
    for (std::size_t i = 0; i < fields.size(); ++i) {
        if (fields[i].type != FieldKind::schedule) {
            out.push_back(field_column(fields[i], nullable(fields[i], i)));
            continue;
        }
        for (auto& f : schedule_fields()) { out.push_back(std::move(f)); }
    }
    return out;
}

Members members(const std::vector<FieldInfo>& fields, const RecordView& r) {
    Members row;
    for (std::size_t i = 0; i < fields.size(); ++i) {
        const FieldInfo& f = fields[i];
        FieldValue v = field_value(r, f, i);
        if (f.type == FieldKind::schedule) {
            add_schedule(row, *v.schedule);
            continue;
        }
        row.emplace_back(f.key, field_json(f, nullable(f, i), v));
    }
    return row;
}

using Parts = std::vector<const RecordPart*>;

// The parts a kind's file holds at place, or those of its records (each a column of objects).
Parts parts_at(const RecordKindInfo& kind, PartPlace place) {
    Parts out;
    std::copy_if(kind.parts.begin(), kind.parts.end(), std::back_inserter(out),
                 [&](const RecordPart* p) { return p->place == place; });
    return out;
}

// A row of a table: its fields, its columns of objects, its provenance.
json::Value row_of(const std::vector<FieldInfo>& fields, const Parts& columns, const RecordView& r) {
    Members row = members(fields, r);
    for (const RecordPart* c : columns) { row.emplace_back(c->data.name, objects_value(*c, r.record)); }
    row.emplace_back("provenance", provenance_value(r.source->provenance));
    return json::object(std::move(row));
}

Table table(Table head, const std::vector<FieldInfo>& fields, const Parts& parts) {
    head.fields = columns(fields);
    for (const RecordPart* c : parts) { head.fields.push_back(objects_column(*c)); }
    head.fields.push_back(provenance_field());
    return head;
}

// A table of parts: each row a part, named by its first field.
Table part_table(const Corpus& corpus, const RecordPart& part) {
    const DataTable& d = part.data;
    Table t = table({d.name, part.key, d.title, part.fields.at(0).key, d.description}, part.fields, {});
    part.each(&corpus, [&](const RecordView& r) { t.rows.push_back(row_of(part.fields, {}, r)); });
    return t;
}

// A kind's key matches its codes, or the pattern of ids.
Table kind_table(const Corpus& corpus, const RecordKindInfo& kind) {
    Table head{table_name(kind), snake(kind.name), *kind.data.title ? kind.data.title : kind.plural,
               kind.fields.at(0).key, description(kind)};
    Parts parts = parts_at(kind, PartPlace::in_record);
    Table t = table(std::move(head), kind.fields, parts);
    if (kind.fields[0].type == FieldKind::text) { t.fields[0].pattern = key_pattern(kind); }
    visit_records(corpus, kind.kind, [&](const RecordView& r) { t.rows.push_back(row_of(kind.fields, parts, r)); });
    return t;
}

json::Value string_json(const FieldValue& v, bool nullable) {
    return nullable ? json::string_or_null(v.value) : json::string(v.value);
}

// 2025-03-31, or null when unknown.
json::Value date_value(const std::optional<Date>& date) {
    if (!date) { return json::null(); }
    char buf[16];
    std::snprintf(buf, sizeof buf, "%04d-%02d-%02d", date->year, date->month, date->day);
    return json::string(buf);
}

// References as the codes or ids they name.
json::Value refs_json(const FieldValue& v, bool) {
    std::vector<std::string> ids;
    for (const auto& r : v.refs) { ids.push_back(r.id); }
    return json::strings(ids);
}

// What each FieldKind is in the open data, in FieldKind order: its column's type, whether the
// column may be null (always: Markdown, dates; never: lists; else as the field says), and its
// value. A view always has the text, references or schedule its type names: a shipped kind's
// getter sets them, and a registered kind's record holds every field (load/generic_loader.cpp).
// A schedule is six columns and values of its own (columns(), members()).
struct ColumnKind {
    FieldType type;
    std::optional<bool> nullable;
    json::Value (*value)(const FieldValue& v, bool nullable);
};
const std::array<ColumnKind, 9> k_column_kinds = {{
    {FieldType::string, {}, string_json},
    {FieldType::text, true, [](const FieldValue& v, bool) { return json::string_or_null(v.text->markdown); }},
    {FieldType::string, {}, string_json},
    {FieldType::strings, false, refs_json},
    {FieldType::strings, false, [](const FieldValue& v, bool) { return json::strings(v.strings); }},
    {FieldType::integer,
     {},
     [](const FieldValue& v, bool) { return v.number ? json::integer(*v.number) : json::null(); }},
    {FieldType::boolean, {}, [](const FieldValue& v, bool) { return v.flag ? json::boolean(*v.flag) : json::null(); }},
    {FieldType::date, true, [](const FieldValue& v, bool) { return date_value(v.date); }},
    {FieldType::date, true, [](const FieldValue&, bool) { return json::null(); }},
}};

}  // namespace

Field field_column(const FieldInfo& f, bool nullable) {
    const ColumnKind& kind = k_column_kinds.at(static_cast<std::size_t>(f.type));
    Field c = enum_field(f.key, f.values, *f.description ? f.description : f.label, kind.nullable.value_or(nullable));
    c.type = kind.type;
    c.minimum = f.minimum;
    c.maximum = f.maximum;
    if (f.type == FieldKind::date) { c.pattern = pattern::k_date; }
    if (f.type == FieldKind::ref || f.type == FieldKind::refs) {
        c.pattern = key_pattern(record_kind(f.target));
        c.refers_to = table_name(record_kind(f.target));
    }
    return c;
}

json::Value field_json(const FieldInfo& f, bool nullable, const FieldValue& v) {
    return k_column_kinds.at(static_cast<std::size_t>(f.type)).value(v, nullable);
}

Field objects_column(const RecordPart& part) {
    return objects_field(part.data.name, columns(part.fields), part.data.description);
}

json::Value objects_value(const RecordPart& part, const void* owner) {
    std::vector<json::Value> items;
    part.each(owner, [&](const RecordView& r) { items.push_back(json::object(members(part.fields, r))); });
    return json::array(std::move(items));
}

// Every kind's table in kind order, its file's parts in tables before and after it; the cards
// follow the tasks. A shipped kind with no table name has no table: the live pages are the
// site's own settings.
std::vector<Table> open_data_tables(const Corpus& corpus) {
    std::vector<Table> tables;
    for (const auto& kind : record_kinds()) {
        if (kind.records && !*kind.data.name) { continue; }
        for (const RecordPart* p : parts_at(kind, PartPlace::before)) { tables.push_back(part_table(corpus, *p)); }
        tables.push_back(kind_table(corpus, kind));
        for (const RecordPart* p : parts_at(kind, PartPlace::after)) { tables.push_back(part_table(corpus, *p)); }
        if (kind.kind == EntityKind::task) { tables.push_back(cards(corpus)); }
    }
    return tables;
}

}  // namespace pvpp::opendata
