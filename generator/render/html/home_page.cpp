// The site's front page for readers: the plan's own introduction, the ways in, then every
// kind of record grouped as the policy groups them — the four components of the service
// management system (003 §3.2.1.2), the policy level's stages and tasks never mixed with
// the operational level's (the service's life cycle), and last the plan PVPP2027 itself.
#include <algorithm>

#include "model/record_kinds.h"
#include "render/common/live_urls.h"
#include "render/common/page_content.h"
#include "render/common/urls.h"
#include "render/html/entity_pages.h"
#include "render/html/page_builder.h"
#include "util/slug.h"
#include "util/text.h"

namespace pvpp {
namespace {

template <typename Records, typename Item>
std::string items(const Records& records, Item item) {
    std::vector<std::string> out;
    for (const auto& r : records) { out.push_back(item(r)); }
    return PageBuilder::list(out);
}

// A subheading over html; nothing when html is empty (a small corpus lacks some kinds).
std::string h3(const std::string& id, const std::string& heading, const std::string& html) {
    return html.empty() ? "" : "<h3 id=\"" + id + "\">" + html_escape(heading) + "</h3>" + html;
}

// The six doors a reader asks for first, each to where it is on this page or to its page;
// a door to a part this corpus does not have is left out.
std::string ways_in(const PageBuilder& b) {
    const Corpus& c = b.ctx().corpus;
    std::string html;
    auto door = [&html](bool shown, const std::string& a) { html += shown ? "<li>" + a + "</li>" : ""; };
    door(!c.roles.empty(), "<a href=\"#lomas\">Lomas</a>");
    door(!c.tasks.empty(), "<a href=\"#uzdevumi\">Uzdevumi</a>");
    door(!c.condition_groups.empty(), "<a href=\"#nosacijumi\">Nosacījumi</a>");
    door(!c.tasks.empty(), b.link("Atbildības matrica", url::matrix()));
    door(!c.lines.empty(), b.link("Darba plāns", url::workplan()));
    door(true, b.link("Lejupielādes", url::downloads()));
    return "<ul class=\"ways-in\">" + html + "</ul>";
}

// 4.3.1 (terminology, principles, scales and levels, roles), roles first: a way in.
std::string foundations(const PageBuilder& b) {
    const Corpus& c = b.ctx().corpus;
    std::string terms = items(c.terms, [&](const Term& x) { return b.link(x.name, url::term(x.id)); });
    return h3("lomas", "Lomas", items(c.roles, [&](const Role& r) {
               return b.link(std::to_string(r.number) + ". " + r.name, url::role(r.id)); })) +
           h3("jedzieni", "Jēdzieni", terms.empty() ? "" : "<div class=\"columns\">" + terms + "</div>") +
           h3("principi", "Vispārējie principi", items(c.principles, [&](const Principle& x) {
               return b.link(std::to_string(x.number) + ". " + x.name, url::principle(x.number)); })) +
           h3("merogi", "Mērogi", items(c.scales, [&](const Axis& x) { return b.link(x.name, url::scale(x.id)); })) +
           h3("limeni", "Līmeņi", items(c.levels, [&](const Axis& x) { return b.link(x.name, url::level(x.id)); }));
}

// One level's stages in their order, as the policy numbers them within the level.
std::string stages_of(const PageBuilder& b, const std::string& group) {
    std::vector<std::string> out;
    for (const auto& s : b.ctx().corpus.stages) {
        if (s.group == group) { out.push_back(b.link(std::to_string(s.number) + ". " + s.name, url::stage(s.id))); }
    }
    return out.empty() ? "" : "<p class=\"stages\">Posmi: " + join(out, " · ") + "</p>";
}

std::string tasks_of(const PageBuilder& b, int group) {
    std::vector<std::string> out;
    for (const auto& t : b.ctx().corpus.tasks) {
        if (t.group() == group) { out.push_back(b.code_link(t.code) + " " + html_escape(t.name)); }
    }
    return PageBuilder::list(out);
}

// 4.3.2: by level, each with its own stages; then the matrix of tasks and roles.
std::string tasks(const PageBuilder& b) {
    const char* stage_group[] = {"politikas", "pamatdarbibas", ""};
    std::string html;
    for (int group = 1; group <= 3; ++group) {
        std::string list = tasks_of(b, group);
        html += h3("uzdevumi-" + std::to_string(group), task_group_name(group),
                   list.empty() ? "" : stages_of(b, stage_group[group - 1]) + list);
    }
    return html.empty() ? "" : html + h3("matrica", "Atbildības matrica",
                                         "<p>" + b.link("Uzdevumi un lomas vienā tabulā", url::matrix()) + "</p>");
}

// 4.3.3: each condition under its group.
std::string conditions(const PageBuilder& b) {
    const Corpus& c = b.ctx().corpus;
    std::vector<std::string> groups;
    for (const auto& g : c.condition_groups) {
        std::vector<std::string> members;
        for (const auto& x : c.conditions) {
            if (x.code.rfind(g.code() + "-", 0) == 0) { members.push_back(b.code_link(x.code) + " " + html_escape(x.name)); }
        }
        groups.push_back(b.code_link(g.code()) + " " + html_escape(g.name) + PageBuilder::list(members));
    }
    return PageBuilder::list(groups);
}

// 4.3.4: capabilities and resources, and the two catalogues the cards draw on.
std::string capabilities(const PageBuilder& b) {
    const Corpus& c = b.ctx().corpus;
    std::vector<std::string> top;
    for (const auto& x : c.capabilities) {
        if (x.code.find('-') == std::string::npos) { top.push_back(b.code_link(x.code, x.code + " " + x.name)); }
    }
    return h3("spejas-un-resursi", "Spējas un resursi", PageBuilder::list(top)) +
           h3("kompetences", "Kompetences", items(c.competences, [&](const CatalogueItem& x) {
               return b.link(x.name, url::competence(x.id)); })) +
           h3("tehnologijas", "Digitālās tehnoloģijas", items(c.technologies, [&](const CatalogueItem& x) {
               return b.link(x.name, url::technology(x.id)); }));
}

// The plan itself: its work plan, the institutions it covers, its pages and files.
std::string plan(const PageBuilder& b) {
    const Corpus& c = b.ctx().corpus;
    bool maintainer = shows_maintainer_pages(b.ctx().config.edition);
    std::vector<std::string> pages;
    for (const auto& x : c.pages) {
        if (maintainer || !is_maintainer_page(x.slug)) { pages.push_back(b.link(x.title, url::page(x.slug))); }
    }
    std::string lines = items(c.lines, [&](const ActionLine& x) { return b.code_link(x.code) + " " + html_escape(x.name); });
    return h3("darba-plans", "Darba plāns",
              lines.empty() ? "" : "<p>" + b.link("Darba plāns", url::workplan()) + "</p>" + lines) +
           h3("iestades", "Iestāžu grupas", items(c.institution_groups, [&](const InstitutionGroup& x) {
               return b.link(std::to_string(x.number) + ". " + x.name, url::institution_group(x.number)); })) +
           h3("lapas", "Lapas", PageBuilder::list(pages)) +
           h3("lejupielades", "Lejupielādes", "<p>" + b.link("Lejupielādes", url::downloads()) + "</p>");
}

std::string plan_heading(const Corpus& c) {
    const LivePage* page = live_page_showing(c, "plan");
    return page ? page->title : "PVPP2027";
}

// Each kind with no struct of its own (model/record_kinds.h), titled with its plural.
void generic_sections(PageBuilder& b) {
    for (const auto& [kind, records] : b.ctx().corpus.records) {
        std::vector<std::string> out;
        for (const auto& r : records) { out.push_back(record_link(b, {kind, r.id})); }
        std::string plural = record_kind(kind).plural;
        b.section(upper_first(plural), PageBuilder::list(out), slugify(plural));
    }
}

}  // namespace

PageView home_page(const RenderContext& ctx) {
    const Corpus& c = ctx.corpus;
    PageBuilder b(ctx, url::home(), "Pakalpojumu pārvaldības politika", c.site.title);
    b.view().breadcrumbs.clear();
    // What the site is and whom it serves, in the plan's words; under it the ways in.
    b.view().lead = b.md(c.site.intro) + ways_in(b);
    // The four components' names as 003 §3.2.1.2 gives them.
    b.section("Pakalpojumu pārvaldības pamatnosacījumi", foundations(b), "pamatnosacijumi");
    b.section("Pakalpojumu pārvaldības uzdevumi", tasks(b), "uzdevumi");
    b.section("Pakalpojumu izveides, sniegšanas un pilnveides nosacījumi", conditions(b), "nosacijumi");
    b.section("Pakalpojumiem un pakalpojumu pārvaldībai nepieciešamās spējas un resursi", capabilities(b), "spejas");
    generic_sections(b);
    b.section(plan_heading(c), plan(b), "plans");
    if (shows_maintainer_pages(ctx.config.edition)) {
        b.section(review_text::k_maintainer,
                  PageBuilder::list({b.link(review_text::k_completeness, url::completeness())}), "uzturetajam");
    }
    return b.take();
}

}  // namespace pvpp
