// The bodies of the eight card sections, as written in the corpus or derived from the matrix.
#include <algorithm>

#include "render/cards/card_guidance.h"
#include "render/cards/role_grid.h"
#include "render/cards/role_sheets.h"
#include "render/cards/task_card.h"
#include "render/common/urls.h"
#include "util/text.h"

namespace pvpp {
namespace {

const Role* role_of(const CardLinks& links, const std::string& id) {
    return links.ctx().index.find<Role>(EntityKind::role, id);
}

// The task's matrix cells in role order (1. loma … 10. loma); an inferred one only in the review edition.
std::vector<GridEntry> matrix_entries(const CardLinks& links, const Task& task) {
    std::vector<GridEntry> entries;
    for (const auto& c : task.matrix) {
        if (c.inferred && !shows_inferred(links.ctx().config.edition)) { continue; }
        if (const Role* r = role_of(links, c.role.id)) {
            entries.push_back({r, std::string(1, c.letter), true, c.inferred});
        }
    }
    std::sort(entries.begin(), entries.end(),
              [](const GridEntry& a, const GridEntry& b) { return a.role->number < b.role->number; });
    return entries;
}

// The letters' meaning when an entry shows one, and the review edition's "?" when an entry has it.
std::string grid_legend(const std::vector<GridEntry>& entries) {
    if (std::all_of(entries.begin(), entries.end(), [](const GridEntry& e) { return e.badge.empty(); })) { return ""; }
    bool inferred = std::any_of(entries.begin(), entries.end(), [](const GridEntry& e) { return e.inferred; });
    return "<p class=\"legend\"><span class=\"letter letter-A\">A</span> atbildīgā loma · "
           "<span class=\"letter letter-L\">L</span> līdzatbildīgā loma" +
           (inferred ? " · " + inferred_legend() : "") + "</p>";
}

// The grid, and beside it the stages; the public edition leaves the stages out when the corpus
// does not know them (a list with no stage marked would say the task is in none).
std::string scope_html(const CardLinks& links, const Task& task, const std::vector<Ref>& stages) {
    std::vector<GridEntry> entries = matrix_entries(links, task);
    std::string grid = "<div><h3>Darbības līmeņi, mērogi un atbildīgās lomas</h3>" + role_grid_html(links, entries) +
                       grid_legend(entries) + "</div>";
    if (stages.empty() && !shows_gaps(links.ctx().config.edition)) { return grid; }
    return "<div class=\"columns\">" + grid + "<div><h3>Iesaiste pakalpojumu pārvaldības posmu aktivitātēs</h3>" +
           stage_involvement_html(links, stages) + "</div></div>";
}

const Text* duties_of(const TaskCard& card, const std::string& role_id) {
    for (const auto& d : card.duties.roles) {
        if (d.role.id == role_id) { return &d.text; }
    }
    return nullptr;
}

// The roles of the matrix the edition shows, then any role the card gives duties for whose
// cell it does not show (an inferred letter in the public edition): its duties, no badge.
std::vector<GridEntry> duty_entries(const CardLinks& links, const Task& task, const TaskCard& card) {
    std::vector<GridEntry> entries = matrix_entries(links, task);
    for (const auto& d : card.duties.roles) {
        bool shown = std::any_of(entries.begin(), entries.end(), [&](const GridEntry& e) { return e.role->id == d.role.id; });
        const Role* r = role_of(links, d.role.id);
        if (!shown && r) { entries.push_back({r, "", true}); }
    }
    return entries;
}

std::string duties_html(const CardLinks& links, const Task& task, const TaskCard& card) {
    std::string html = "<div class=\"duties\">";
    std::vector<GridEntry> entries = duty_entries(links, task, card);
    for (const auto& e : entries) {
        const Text* text = duties_of(card, e.role->id);
        html += "<div class=\"duty\"><h3>" + entry_badge(e) +
                links.link(e.role->name, url::of(EntityKind::role, e.role->id)) + "</h3>" +
                (text ? links.md(*text) : gap_html(links.ctx().config.edition, "Lomas pienākumi vēl nav aprakstīti.")) +
                carriers_html(*e.role, " class=\"carrier\"") + "</div>";
    }
    return html + "</div>" + grid_legend(entries) + links.md(card.duties.notes);
}

// The task's related tasks where the edition shows them.
const std::vector<Ref>& related_of(const CardLinks& links, const Task& task) {
    return shown_refs(links.ctx().config.edition, task.provenance, "related", task.related);
}

std::string ref_list(const CardLinks& links, const std::vector<Ref>& refs) {
    std::vector<std::string> items;
    for (const auto& r : refs) {
        std::string name;
        const auto& index = links.ctx().index;
        if (auto* t = index.find<Task>(EntityKind::task, r.id)) { name = t->name; }
        if (auto* c = index.find<Condition>(EntityKind::condition, r.id)) { name = c->name; }
        items.push_back("<span class=\"code\">" + links.code_link(r.id) + "</span> " + html_escape(name));
    }
    return CardLinks::list(items);
}

}  // namespace

std::string written_section_html(const CardLinks& links, const Task& task, const TaskCard& card, std::size_t i) {
    switch (i) {
        case 0:
            return card_part_html(links, "Uzdevuma veikšanas rezultātā:", card.result.result) +
                   card_part_html(links, "Ja pakalpojumu pārvaldības uzdevums tiek veikts:", card.result.benefits) +
                   card_part_html(links, "Ja pakalpojumu pārvaldības uzdevums netiek veikts:", card.result.threats);
        case 1: return links.md(card.scope.notes) + scope_html(links, task, card.scope.stages);
        case 2: return duties_html(links, task, card);
        case 3:
            return ref_list(links, card.related.tasks.empty() ? related_of(links, task) : card.related.tasks) +
                   links.md(card.related.notes);
        case 4: return ref_list(links, card.conditions.conditions) + links.md(card.conditions.notes);
        case 5: return capabilities_html(links, card);
        case 6: return resources_html(links, card);
        case 7: return guidance_html(links, card);
    }
    return "";
}

bool derived_section_known(const CardLinks& links, const Task& task, std::size_t i) {
    if (i == 1) { return !matrix_entries(links, task).empty(); }
    if (i == 3) { return !related_of(links, task).empty(); }
    return false;
}

std::string derived_section_html(const CardLinks& links, const Task& task, std::size_t i) {
    if (i == 1) { return scope_html(links, task, {}); }
    if (i == 3) { return ref_list(links, related_of(links, task)); }
    return "";
}

}  // namespace pvpp
