// The policy's vocabulary as tables: terms, principles, scales, levels, stages, roles.
#include "render/data/table_parts.h"

namespace pvpp::opendata {
namespace {

Table terms(const Corpus& c) {
    Table t{"terms", "term", "jēdzieni", "id", "Glossary terms (jēdzieni).",
            {code_field("id", pattern::k_id, "Stable id of the term."),
             string_field("name", "The term in its base form."),
             strings_field("forms", "Inflected forms that count as a use of the term."),
             text_field("definition", "Definition (Markdown); null when the sources give none."),
             refs_field("see_also", "terms", pattern::k_id, "Related terms."),
             string_field("source", "Where the definition comes from.", true)},
            {}};
    for (const auto& x : c.terms) {
        t.rows.push_back(json::object({{"id", json::string(x.id)},
                                       {"name", json::string(x.name)},
                                       {"forms", json::strings(x.forms)},
                                       {"definition", text_value(x.definition)},
                                       {"see_also", refs_value(x.see_also)},
                                       {"source", json::string_or_null(x.source)}}));
    }
    return t;
}

Table principles(const Corpus& c) {
    Table t{"principles", "principle", "vispārējie principi", "number", "General principles of service management.",
            {integer_field("number", 1, 1000, "Number of the principle."), string_field("name", "Name."),
             text_field("description", "Description (Markdown).")},
            {}};
    for (const auto& x : c.principles) {
        t.rows.push_back(json::object({{"number", json::integer(x.number)},
                                       {"name", json::string(x.name)},
                                       {"description", text_value(x.description)}}));
    }
    return t;
}

// Scales (horizontal axis) have a scope; levels (vertical axis) do not.
Table axes(const std::vector<Axis>& records, bool scales) {
    std::vector<Field> fields{code_field("id", pattern::k_id, "Stable id."),
                              integer_field("number", 1, 1000, "Position on the axis."), string_field("name", "Name.")};
    if (scales) { fields.push_back(string_field("scope", "What the scale covers.", true)); }
    fields.push_back(text_field("description", "Description (Markdown)."));
    Table t{scales ? "scales" : "levels", scales ? "scale" : "level", scales ? "mērogi" : "līmeņi", "id",
            scales ? "Scales (mērogi), the horizontal axis of the role grid."
                   : "Levels (līmeņi), the vertical axis of the role grid.",
            fields, {}};
    for (const auto& x : records) {
        Members m{{"id", json::string(x.id)}, {"number", json::integer(x.number)}, {"name", json::string(x.name)}};
        if (scales) { m.emplace_back("scope", json::string_or_null(x.scope)); }
        m.emplace_back("description", text_value(x.description));
        t.rows.push_back(json::object(std::move(m)));
    }
    return t;
}

// The roles each task level involves (group as the tasks' level_group: 1 = PU1 …).
Table task_groups(const Corpus& c) {
    Table t{"task_groups", "task_group", "uzdevumu grupas", "group",
            "The roles each task level PU1, PU2, PU3 involves.",
            {integer_field("group", 1, 3, "The task level: 1 = PU1, 2 = PU2, 3 = PU3 (tasks' level_group)."),
             refs_field("roles", "roles", pattern::k_id, "Roles the level's tasks involve."), provenance_field()},
            {}};
    for (const auto& x : c.task_group_roles) {
        t.rows.push_back(json::object({{"group", json::integer(x.group)},
                                       {"roles", refs_value(x.roles)},
                                       {"provenance", provenance_value(x.provenance)}}));
    }
    return t;
}

Table stages(const Corpus& c) {
    Table t{"stages", "stage", "pārvaldības posmi", "id", "Stages of service management (posmi).",
            {code_field("id", pattern::k_id, "Stable id."),
             enum_field("group", {"politikas", "pamatdarbibas"}, "Policy-level or operational-level stage."),
             integer_field("number", 1, 1000, "Position within its group."), string_field("name", "Name.")},
            {}};
    for (const auto& x : c.stages) {
        t.rows.push_back(json::object({{"id", json::string(x.id)},
                                       {"group", json::string(x.group)},
                                       {"number", json::integer(x.number)},
                                       {"name", json::string(x.name)}}));
    }
    return t;
}

json::Value carriers(const Role& r) {
    std::vector<json::Value> items;
    for (const auto& c : r.carriers) {
        items.push_back(json::object({{"title", json::string(c.title)}, {"text", json::string(c.text)}}));
    }
    return json::array(std::move(items));
}

Table roles(const Corpus& c) {
    Table t{"roles", "role", "lomas", "id", "Roles of service management (1. loma … 10. loma).",
            {code_field("id", pattern::k_id, "Stable id."), integer_field("number", 1, 1000, "Number of the role."),
             string_field("name", "Name."), text_field("institution", "Matching institution (Markdown)."),
             text_field("description", "Description (Markdown)."), text_field("focus", "Focus (Markdown)."),
             refs_field("scales", "scales", pattern::k_id, "Scales the role acts at."),
             refs_field("levels", "levels", pattern::k_id, "Levels the role acts at."),
             strings_field("rules", "Rules that apply to the role."),
             objects_field("carriers",
                           {string_field("title", "Who carries the duties."), string_field("text", "How.")},
                           "People who carry the role's duties.")},
            {}};
    for (const auto& x : c.roles) {
        t.rows.push_back(json::object({{"id", json::string(x.id)},
                                       {"number", json::integer(x.number)},
                                       {"name", json::string(x.name)},
                                       {"institution", text_value(x.institution)},
                                       {"description", text_value(x.description)},
                                       {"focus", text_value(x.focus)},
                                       {"scales", refs_value(x.scales)},
                                       {"levels", refs_value(x.levels)},
                                       {"rules", json::strings(x.rules)},
                                       {"carriers", carriers(x)}}));
    }
    return t;
}

}  // namespace

void add_policy_tables(const Corpus& corpus, std::vector<Table>& tables) {
    tables.push_back(terms(corpus));
    tables.push_back(principles(corpus));
    tables.push_back(axes(corpus.scales, true));
    tables.push_back(axes(corpus.levels, false));
    tables.push_back(task_groups(corpus));
    tables.push_back(stages(corpus));
    tables.push_back(roles(corpus));
}

}  // namespace pvpp::opendata
