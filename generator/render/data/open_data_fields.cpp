// Field constructors and the conversions every table uses.
#include <cstdio>

#include "render/data/table_parts.h"

namespace pvpp::opendata {
namespace {

Field make(const std::string& name, FieldType type, const std::string& description, bool nullable = false) {
    Field f;
    f.name = name;
    f.type = type;
    f.description = description;
    f.nullable = nullable;
    return f;
}

}  // namespace

Field string_field(const std::string& name, const std::string& description, bool nullable) {
    return make(name, FieldType::string, description, nullable);
}

Field enum_field(const std::string& name, std::vector<std::string> values, const std::string& description,
                 bool nullable) {
    Field f = make(name, FieldType::string, description, nullable);
    f.values = std::move(values);
    return f;
}

Field object_field(const std::string& name, std::vector<Field> fields, const std::string& description) {
    Field f = make(name, FieldType::object, description);
    f.fields = std::move(fields);
    return f;
}

Field objects_field(const std::string& name, std::vector<Field> fields, const std::string& description) {
    Field f = make(name, FieldType::objects, description);
    f.fields = std::move(fields);
    return f;
}

namespace {

// "2024-05", or "" (null): a month of a planned period.
std::string month(const std::optional<YearMonth>& month) {
    if (!month) { return ""; }
    char buf[16];
    std::snprintf(buf, sizeof buf, "%04d-%02d", month->year, month->month);
    return buf;
}

// A schedule's fields, read from a Schedule (nothing loads them from here); its only texts are
// the months of its planned period.
const std::vector<FieldInfo> k_schedule = {
    {"start", FieldKind::date, EntityKind::line, "", derived<&Schedule::start>,
     "Planned start; null when the sources do not give it."},
    {"end", FieldKind::date, EntityKind::line, "", derived<&Schedule::end>,
     "Planned end; null when the sources do not give it."},
    {"duration_days", FieldKind::number, EntityKind::line, "", derived<&Schedule::duration_days>,
     "Planned duration in days.", true, 0},
    {"done_percent", FieldKind::number, EntityKind::line, "", derived<&Schedule::done_percent>,
     "Share done, in percent, as the sources report it.", true, 0, 100},
    {"period_from", FieldKind::text, EntityKind::line, "",
     [](const void* s) { return as_field(month(as<Schedule>(s).period_from)); },
     "First month of the planned period a chart label gives (\"(05.-07.24)\"); null when none.", true},
    {"period_to", FieldKind::text, EntityKind::line, "",
     [](const void* s) { return as_field(month(as<Schedule>(s).period_to)); },
     "Last month of that planned period; null when none.", true}};

}  // namespace

std::vector<Field> schedule_fields() {
    std::vector<Field> out;
    for (const auto& f : k_schedule) { out.push_back(field_column(f, true)); }
    for (auto& c : out) { c.pattern = c.type == FieldType::string ? "^[0-9]{4}-(0[1-9]|1[0-2])$" : c.pattern; }
    return out;
}

void add_schedule(Members& members, const Schedule& schedule) {
    for (const auto& f : k_schedule) { members.emplace_back(f.key, field_json(f, true, f.access.get(&schedule))); }
}

}  // namespace pvpp::opendata
