// What the roles have beyond their fields: the people who carry a role's duties, and the roles
// each task level involves (after the levels, as the tasks' level_group names them).
#include "render/data/table_parts.h"

namespace pvpp::opendata {
namespace {

json::Value carriers(const Role& r) {
    std::vector<json::Value> items;
    for (const auto& c : r.carriers) {
        items.push_back(json::object({{"title", json::string(c.title)}, {"text", json::string(c.text)}}));
    }
    return json::array(std::move(items));
}

// The roles each task level involves (group as the tasks' level_group: 1 = PU1 …).
Table task_groups(const Corpus& c) {
    Table t{"task_groups",
            "task_group",
            "uzdevumu grupas",
            "group",
            "The roles each task level PU1, PU2, PU3 involves.",
            {integer_field("group", 1, 3, "The task level: 1 = PU1, 2 = PU2, 3 = PU3 (tasks' level_group)."),
             refs_to("roles", EntityKind::role, "Roles the level's tasks involve."), provenance_field()},
            {}};
    for (const auto& x : c.task_group_roles) {
        t.rows.push_back(json::object({{"group", json::integer(x.group)},
                                       {"roles", refs_value(x.roles)},
                                       {"provenance", provenance_value(x.provenance)}}));
    }
    return t;
}

}  // namespace

void add_task_groups(const Corpus& corpus, std::vector<Table>& tables) { tables.push_back(task_groups(corpus)); }

void add_carriers(const Corpus& corpus, std::vector<Table>& tables) {
    add_column(
        tables.back(),
        objects_field("carriers", {string_field("title", "Who carries the duties."), string_field("text", "How.")},
                      "People who carry the role's duties."),
        corpus.roles, carriers);
}

}  // namespace pvpp::opendata
