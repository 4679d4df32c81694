// Condition groups and conditions, capabilities and resources, and the two catalogues.
#include "render/data/table_parts.h"

namespace pvpp::opendata {
namespace {

Table groups(const Corpus& c) {
    Table t{"condition_groups", "condition_group", "nosacījumu grupas", "code", "Groups of the conditions (N1 … N10).",
            {code_field("code", pattern::k_condition_group, "Group code."),
             integer_field("number", 1, 1000, "Number of the group."), string_field("name", "Name."),
             text_field("description", "Description (Markdown).")},
            {}};
    for (const auto& x : c.condition_groups) {
        t.rows.push_back(json::object({{"code", json::string(x.code())},
                                       {"number", json::integer(x.number)},
                                       {"name", json::string(x.name)},
                                       {"description", text_value(x.description)}}));
    }
    return t;
}

Table conditions(const Corpus& c) {
    Table t{"conditions", "condition", "nosacījumi", "code",
            "Conditions for creating, providing and improving services (nosacījumi) N1-1 … N10-1.",
            {code_field("code", pattern::k_condition, "Condition code."), string_field("name", "Name."),
             ref_field("group", "condition_groups", pattern::k_condition_group, "The group the code names."),
             strings_field("items", "Named sub-items, e.g. e-pakalpojumi."),
             text_field("description", "Description (Markdown).")},
            {}};
    for (const auto& x : c.conditions) {
        t.rows.push_back(json::object({{"code", json::string(x.code)},
                                       {"name", json::string(x.name)},
                                       {"group", json::string("N" + std::to_string(x.group()))},
                                       {"items", json::strings(x.items)},
                                       {"description", text_value(x.description)}}));
    }
    return t;
}

json::Value parent_of(const Capability& c) {
    auto dash = c.code.find('-');
    return dash == std::string::npos ? json::null() : json::string(c.code.substr(0, dash));
}

Table capabilities(const Corpus& c) {
    Table t{"capabilities", "capability", "spējas un resursi", "code",
            "Capabilities (spējas, S…) and resources (resursi, R…), and their named items (S2-4).",
            {code_field("code", pattern::k_capability, "Code: S… for a capability, R… for a resource."),
             enum_field("type", {"capability", "resource"}, "Capability or resource."), string_field("name", "Name."),
             ref_field("parent", "capabilities", pattern::k_capability, "For an item (S2-4), its parent (S2).", true),
             string_field("slug", "Slug of its own page on the live site.", true),
             boolean_field("inferred", "The code is inferred: the sources do not state it."),
             enum_field("card_part", card_parts(), "The part of card sections 6–7 that names what a task needs of it.",
                        true),
             text_field("description", "Description (Markdown).")},
            {}};
    for (const auto& x : c.capabilities) {
        t.rows.push_back(json::object({{"code", json::string(x.code)},
                                       {"type", json::string(x.resource ? "resource" : "capability")},
                                       {"name", json::string(x.name)},
                                       {"parent", parent_of(x)},
                                       {"slug", json::string_or_null(x.slug)},
                                       {"inferred", json::boolean(x.inferred)},
                                       {"card_part", json::string_or_null(x.card_part)},
                                       {"description", text_value(x.description)}}));
    }
    return t;
}

Table catalogue(const std::vector<CatalogueItem>& items, bool technologies) {
    std::vector<std::string> flags = technologies ? std::vector<std::string>{"valstī obligāti centralizēti nodrošināma",
                                                                             "centralizēti nodrošināma"}
                                                  : std::vector<std::string>{"obligāti iegūstama", "deleģējama"};
    Table t{technologies ? "technologies" : "competences", technologies ? "technology" : "competence",
            technologies ? "digitālās tehnoloģijas" : "kompetences", "id",
            technologies ? "Digital technologies named by card section 7." : "Competences named by card section 6.",
            {code_field("id", pattern::k_id, "Stable id."), string_field("name", "Name."),
             enum_field("flag", flags, "The item's flag; null when the sources lost it.", true),
             text_field("description", "Description (Markdown).")},
            {}};
    for (const auto& x : items) {
        t.rows.push_back(json::object({{"id", json::string(x.id)},
                                       {"name", json::string(x.name)},
                                       {"flag", json::string_or_null(x.flag)},
                                       {"description", text_value(x.description)}}));
    }
    return t;
}

}  // namespace

void add_condition_tables(const Corpus& corpus, std::vector<Table>& tables) {
    tables.push_back(groups(corpus));
    tables.push_back(conditions(corpus));
    tables.push_back(capabilities(corpus));
    tables.push_back(catalogue(corpus.competences, false));
    tables.push_back(catalogue(corpus.technologies, true));
}

}  // namespace pvpp::opendata
