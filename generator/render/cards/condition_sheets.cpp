#include "render/cards/condition_sheets.h"

#include "render/cards/handout_parts.h"
#include "render/common/diagrams/diagrams.h"
#include "render/common/live_urls.h"
#include "render/common/urls.h"
#include "util/slug.h"
#include "util/text.h"

namespace pvpp {
namespace {

// The id of a condition's sheet: "n4-1".
std::string condition_sheet_id(const Condition& condition) { return slugify(condition.code); }

// Section 5 of the cards is where a task names the conditions that depend on it.
constexpr int k_conditions_section = 4;

const ConditionGroup* group_of(const CorpusIndex& index, const Condition& c) {
    return index.find<ConditionGroup>(EntityKind::condition_group, "N" + std::to_string(c.group()));
}

std::string tasks_html(const CardLinks& links, const Condition& c) {
    std::vector<TaskNeed> tasks;
    for (const Task* t : tasks_naming_condition(links.ctx(), c.code)) { tasks.push_back({t, ""}); }
    return task_list_html(links, tasks, k_conditions_section, "Neviena uzdevuma kartīte šo nosacījumu vēl nenosauc.");
}

// The public edition prints a sheet only for a condition with something beyond its code
// and name: a description, named items, or a task card that names it.
bool prints_sheet(const CardLinks& links, const Condition& c) {
    return shows_gaps(links.ctx().config.edition) || !c.description.empty() || !c.items.empty() ||
           !tasks_naming_condition(links.ctx(), c.code).empty();
}

void fill_sheet(const CardLinks& links, const Condition& c, ctemplate::TemplateDictionary& d) {
    const ConditionGroup* g = group_of(links.ctx().index, c);
    d.SetValue("ID", condition_sheet_id(c));
    d.SetValue("CODE", c.code);
    d.SetValue("NAME", c.name);
    d.SetValue("HREF", links.site_href(url::of(EntityKind::condition, c.code)));
    d.SetValue("GROUP", g ? links.code_link(g->code()) + " " + html_escape(g->name) : "");
    if (!c.items.empty()) { d.SetValueAndShowSection("ITEMS", CardLinks::list(c.items, true), "HAS_ITEMS"); }
    std::string description = c.description.empty()
                                  ? handout_gap(links.ctx().config.edition, "Nosacījums vēl nav aprakstīts.")
                                  : links.md(c.description);
    if (!description.empty()) { d.SetValueAndShowSection("DESCRIPTION", description, "HAS_DESCRIPTION"); }
    if (g && !g->description.empty()) { d.SetValueAndShowSection("GROUP_TEXT", links.md(g->description), "HAS_GROUP_TEXT"); }
    if (std::string tasks = tasks_html(links, c); !tasks.empty()) { d.SetValueAndShowSection("TASKS", tasks, "HAS_TASKS"); }
    std::string live = live_link_html(links.ctx().config.edition, condition_live_url(links.ctx().corpus, c));
    if (!live.empty()) { d.SetValueAndShowSection("LIVE", live, "HAS_LIVE"); }
}

void fill_cover(const CardLinks& links, ctemplate::TemplateDictionary& dict) {
    const Corpus& corpus = links.ctx().corpus;
    fill_handout_cover(links, "conditions", "Pakalpojumu izveides, sniegšanas un pilnveides nosacījumi", "P4.4", dict);
    // The wheel's segments and codes link to the site, as everything else on the cards does.
    auto site_href = [&](const std::string& folder) { return links.site_href(folder); };
    dict.SetValue("WHEEL", condition_wheel_svg(HrefDiagramLinks(links.ctx(), site_href)));
    for (const auto& g : corpus.condition_groups) {
        auto* group = dict.AddSectionDictionary("GROUP");
        group->SetValue("CODE", g.code());
        group->SetValue("NAME", g.name);
        for (const auto& c : corpus.conditions) {
            if (c.group() != g.number) { continue; }
            auto* entry = group->AddSectionDictionary("CONDITION");
            if (prints_sheet(links, c)) { entry->ShowSection("HAS_SHEET"); }  // else a name without a link
            entry->SetValue("ID", condition_sheet_id(c));
            entry->SetValue("CODE", c.code);
            entry->SetValue("NAME", c.name);
        }
    }
}

}  // namespace

void fill_condition_sheets(const CardLinks& links, ctemplate::TemplateDictionary& dict) {
    fill_cover(links, dict);
    for (const auto& c : links.ctx().corpus.conditions) {
        if (prints_sheet(links, c)) { fill_sheet(links, c, *dict.AddSectionDictionary("SHEET")); }
    }
}

}  // namespace pvpp
