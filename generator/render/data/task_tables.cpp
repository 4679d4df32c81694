// What the tasks have beyond their fields: each task's row of the responsibility matrix, and
// the task cards section by section (after the tasks).
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

const char* status_name(SectionStatus s) {
    switch (s) {
        case SectionStatus::written: return "aprakstīts";
        case SectionStatus::partial: return "daļēji";
        case SectionStatus::missing: return "nav aprakstīts";
    }
    return "nav aprakstīts";
}

// A section: its status (the corpus's own words) first, then its fields.
Field section(const std::string& name, const std::string& description, std::vector<Field> fields) {
    fields.insert(fields.begin(), enum_field("status", {"aprakstīts", "daļēji", "nav aprakstīts"},
                                             "Written, partly restored, or not written yet."));
    return object_field(name, std::move(fields), description);
}

json::Value section_value(const SectionHead& head, Members members) {
    members.insert(members.begin(), {"status", json::string(status_name(head.status))});
    return json::object(std::move(members));
}

std::vector<Field> card_fields() {
    return {ref_to("task", EntityKind::task, "The task the card describes."),
            section("result", "1. Result, benefits and threats.",
                    {text_field("result", "Result of the task."), text_field("benefits", "If the task is done."),
                     text_field("threats", "If the task is not done.")}),
            section("scope", "2. Levels, scales, responsible roles and stage involvement.",
                    {refs_to("stages", EntityKind::stage, "Stages the task takes part in."),
                     text_field("notes", "Notes.")}),
            section("duties", "3. Duties of the roles involved.",
                    {text_field("notes", "Notes."),
                     objects_field("roles", {ref_to("role", EntityKind::role, "The role."),
                                             text_field("text", "Its duties (Markdown).")},
                                   "Duties per role.")}),
            section("related", "4. Related tasks.",
                    {refs_to("tasks", EntityKind::task, "Related tasks."), text_field("notes", "Notes.")}),
            section("conditions", "5. Conditions that depend on the task.",
                    {refs_to("conditions", EntityKind::condition, "The conditions."),
                     text_field("notes", "Notes.")}),
            section("capabilities", "6. Capabilities needed (competences and processes).",
                    {text_field("processes", "Processes."),
                     refs_to("competences", EntityKind::competence, "Competences."),
                     text_field("notes", "Notes.")}),
            section("resources", "7. Resources needed (information and digital technologies).",
                    {text_field("information", "Information."),
                     refs_to("technologies", EntityKind::technology, "Digital technologies."),
                     text_field("notes", "Notes.")}),
            section("guidance", "8. Guidance.",
                    {text_field("actions", "Actions."), text_field("general", "General information."),
                     text_field("attention", "Points of attention."),
                     strings_field("reading", "Further reading.")})};
}

json::Value duties(const TaskCard& c) {
    std::vector<json::Value> roles;
    for (const auto& d : c.duties.roles) {
        roles.push_back(json::object({{"role", json::string(d.role.id)}, {"text", text_value(d.text)}}));
    }
    return json::array(std::move(roles));
}

json::Value card_row(const TaskCard& c) {
    return json::object(
        {{"task", json::string(c.task.id)},
         {"result", section_value(c.result.head, {{"result", text_value(c.result.result)},
                                                  {"benefits", text_value(c.result.benefits)},
                                                  {"threats", text_value(c.result.threats)}})},
         {"scope", section_value(c.scope.head, {{"stages", refs_value(c.scope.stages)},
                                                {"notes", text_value(c.scope.notes)}})},
         {"duties", section_value(c.duties.head, {{"notes", text_value(c.duties.notes)}, {"roles", duties(c)}})},
         {"related", section_value(c.related.head, {{"tasks", refs_value(c.related.tasks)},
                                                    {"notes", text_value(c.related.notes)}})},
         {"conditions", section_value(c.conditions.head, {{"conditions", refs_value(c.conditions.conditions)},
                                                          {"notes", text_value(c.conditions.notes)}})},
         {"capabilities", section_value(c.capabilities.head,
                                        {{"processes", text_value(c.capabilities.processes)},
                                         {"competences", refs_value(c.capabilities.competences)},
                                         {"notes", text_value(c.capabilities.notes)}})},
         {"resources", section_value(c.resources.head, {{"information", text_value(c.resources.information)},
                                                        {"technologies", refs_value(c.resources.technologies)},
                                                        {"notes", text_value(c.resources.notes)}})},
         {"guidance", section_value(c.guidance.head, {{"actions", text_value(c.guidance.actions)},
                                                      {"general", text_value(c.guidance.general)},
                                                      {"attention", text_value(c.guidance.attention)},
                                                      {"reading", json::strings(c.guidance.reading)}})}});
}

Table cards(const Corpus& c) {
    Table t{"cards", "card", "uzdevumu kartītes", "task", "Task cards: the eight sections of a task's card, as far as they are written.",
            card_fields(), {}};
    for (const auto& x : c.cards) { t.rows.push_back(card_row(x)); }
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
