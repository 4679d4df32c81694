// What the tasks have beyond their fields: each task's row of the responsibility matrix, and
// the task cards section by section (after the tasks).
#include "model/card_sections.h"
#include "render/data/table_parts.h"

namespace pvpp::opendata {
namespace {

json::Value matrix(const Task& t) {
    std::vector<json::Value> cells;
    for (const auto& c : t.matrix) {
        cells.push_back(json::object({{"role", json::string(c.role.id)},
                                      {"letter", json::string(std::string(1, c.letter))},
                                      {"inferred", json::boolean(c.inferred)}}));
    }
    return json::array(std::move(cells));
}

json::Value duties(const std::vector<RoleDuties>& roles) {
    std::vector<json::Value> out;
    for (const auto& d : roles) {
        out.push_back(json::object({{"role", json::string(d.role.id)}, {"text", text_value(d.text)}}));
    }
    return json::array(std::move(out));
}

// A section: its status (the corpus's own words) first, then its fields, then section 3's duties.
Field section_field(const CardSection& s) {
    std::vector<Field> fields = {enum_field("status", {"aprakstīts", "daļēji", "nav aprakstīts"},
                                            "Written, partly restored, or not written yet.")};
    for (const auto& f : s.fields) { fields.push_back(field_column(f, false)); }
    if (s.roles) {
        fields.push_back(objects_field("roles", {ref_to("role", EntityKind::role, "The role."),
                                                 text_field("text", "Its duties (Markdown).")},
                                       "Duties per role."));
    }
    return object_field(s.key, std::move(fields), std::to_string(s.number) + ". " + s.description);
}

json::Value section_value(const CardSection& s, const TaskCard& c) {
    Members members = {{"status", json::string(section_status_name(c.heads()[s.number - 1]->status))}};
    for (const auto& f : s.fields) { members.emplace_back(f.key, field_json(f, false, s.value(f, c))); }
    if (s.roles) { members.emplace_back("roles", duties(*s.roles(c))); }
    return json::object(std::move(members));
}

// A row per card: its task, then its sections.
Table cards(const Corpus& c) {
    Table t{"cards", "card", "uzdevumu kartītes", "task", "Task cards: the eight sections of a task's card, as far as they are written.",
            {ref_to("task", EntityKind::task, "The task the card describes.")}, {}};
    for (const auto& s : card_sections()) { t.fields.push_back(section_field(s)); }
    for (const auto& x : c.cards) {
        Members row = {{"task", json::string(x.task.id)}};
        for (const auto& s : card_sections()) { row.emplace_back(s.key, section_value(s, x)); }
        t.rows.push_back(json::object(std::move(row)));
    }
    return t;
}

}  // namespace

void add_matrix_and_cards(const Corpus& corpus, std::vector<Table>& tables) {
    add_column(tables.back(),
               objects_field("matrix",
                             {ref_to("role", EntityKind::role, "The role."),
                              enum_field("letter", {"A", "L"}, "A: responsible (atbildīgā), L: co-responsible."),
                              boolean_field("inferred", "Reconstructed from the sources, not confirmed.")},
                             "The task's row of the responsibility matrix: one cell per role that has a letter."),
               corpus.tasks, matrix);
    tables.push_back(cards(corpus));
}

}  // namespace pvpp::opendata
