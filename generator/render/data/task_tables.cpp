// The task cards section by section, a table after the tasks.
#include "model/card_sections.h"
#include "render/data/table_parts.h"

namespace pvpp::opendata {

using K = EntityKind;
using F = FieldKind;

namespace {

// A section: its status (the corpus's own words) first, then its fields, then section 3's duties.
Field section_field(const CardSection& s) {
    std::vector<Field> fields = {enum_field("status", {"aprakstīts", "daļēji", "nav aprakstīts"},
                                            "Written, partly restored, or not written yet.")};
    for (const auto& f : s.fields) { fields.push_back(field_column(f, false)); }
    if (s.roles) { fields.push_back(objects_column(k_duties)); }
    return object_field(s.key, std::move(fields), std::to_string(s.number) + ". " + s.description);
}

json::Value section_value(const CardSection& s, const TaskCard& c) {
    Members members = {{"status", json::string(section_status_name(c.heads()[s.number - 1]->status))}};
    for (const auto& f : s.fields) { members.emplace_back(f.key, field_json(f, false, s.value(f, c))); }
    if (s.roles) { members.emplace_back(k_duties.data.name, objects_value(k_duties, s.read(c))); }
    return json::object(std::move(members));
}

}  // namespace

// A row per card: its task, then its sections.
Table cards(const Corpus& c) {
    Table t{"cards", "card", "uzdevumu kartītes", "task",
            "Task cards: the eight sections of a task's card, as far as they are written."};
    t.fields.push_back(field_column({"task", F::ref, K::task, "", {}, "The task the card describes."}, false));
    for (const auto& s : card_sections()) { t.fields.push_back(section_field(s)); }
    for (const auto& x : c.cards) {
        Members row = {{"task", json::string(x.task.id)}};
        for (const auto& s : card_sections()) { row.emplace_back(s.key, section_value(s, x)); }
        t.rows.push_back(json::object(std::move(row)));
    }
    return t;
}

}  // namespace pvpp::opendata
