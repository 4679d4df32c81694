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

Field integer_field(const std::string& name, std::optional<int> minimum, std::optional<int> maximum,
                    const std::string& description, bool nullable) {
    Field f = make(name, FieldType::integer, description, nullable);
    f.minimum = minimum;
    f.maximum = maximum;
    return f;
}

Field date_field(const std::string& name, const std::string& description) {
    Field f = make(name, FieldType::date, description, true);
    f.pattern = pattern::k_date;
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

json::Value date_value(const std::optional<Date>& date) {
    if (!date) { return json::null(); }
    char buf[16];
    std::snprintf(buf, sizeof buf, "%04d-%02d-%02d", date->year, date->month, date->day);
    return json::string(buf);
}

namespace {

// "2024-05", or null: a month of a planned period.
Field month_field(const std::string& name, const std::string& description) {
    Field f = make(name, FieldType::string, description, true);
    f.pattern = "^[0-9]{4}-(0[1-9]|1[0-2])$";
    return f;
}

json::Value month_value(const std::optional<YearMonth>& month) {
    if (!month) { return json::null(); }
    char buf[16];
    std::snprintf(buf, sizeof buf, "%04d-%02d", month->year, month->month);
    return json::string(buf);
}

json::Value int_or_null(const std::optional<int>& value) { return value ? json::integer(*value) : json::null(); }

}  // namespace

std::vector<Field> schedule_fields() {
    return {date_field("start", "Planned start; null when the sources do not give it."),
            date_field("end", "Planned end; null when the sources do not give it."),
            integer_field("duration_days", 0, std::nullopt, "Planned duration in days.", true),
            integer_field("done_percent", 0, 100, "Share done, in percent, as the sources report it.", true),
            month_field("period_from",
                        "First month of the planned period a chart label gives (\"(05.-07.24)\"); null when none."),
            month_field("period_to", "Last month of that planned period; null when none.")};
}

void add_schedule(Members& members, const Schedule& schedule) {
    members.emplace_back("start", date_value(schedule.start));
    members.emplace_back("end", date_value(schedule.end));
    members.emplace_back("duration_days", int_or_null(schedule.duration_days));
    members.emplace_back("done_percent", int_or_null(schedule.done_percent));
    members.emplace_back("period_from", month_value(schedule.period_from));
    members.emplace_back("period_to", month_value(schedule.period_to));
}

}  // namespace pvpp::opendata
