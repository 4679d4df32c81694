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

// Every record of a kind as a link to its page (name_link).
std::string kind_links(const PageBuilder& b, EntityKind kind) {
    std::vector<std::string> out;
    visit_records(b.ctx().corpus, kind, [&](const RecordView& r) { out.push_back(name_link(b, r.key)); });
    return PageBuilder::list(out);
}

// "3. Name", linked: roles, principles and institution groups as the policy numbers them.
std::string numbered_link(const PageBuilder& b, int number, const std::string& name, const std::string& folder) {
    return b.link(std::to_string(number) + ". " + name, folder);
}

// 4.3.1 (terminology, principles, scales and levels, roles), roles first: a way in.
std::string foundations(const PageBuilder& b) {
    const Corpus& c = b.ctx().corpus;
    std::string terms = kind_links(b, EntityKind::term);
    std::string roles = PageBuilder::list_of(
        c.roles, [&](const Role& r) { return numbered_link(b, r.number, r.name, url::of(EntityKind::role, r.id)); });
    std::string principles = PageBuilder::list_of(c.principles, [&](const Principle& x) {
        return numbered_link(b, x.number, x.name, url::of(EntityKind::principle, std::to_string(x.number)));
    });
    return h3("lomas", "Lomas", roles) +
           h3("jedzieni", "Jēdzieni", terms.empty() ? "" : "<div class=\"columns\">" + terms + "</div>") +
           h3("principi", "Vispārējie principi", principles) +
           h3("merogi", "Mērogi", kind_links(b, EntityKind::scale)) +
           h3("limeni", "Līmeņi", kind_links(b, EntityKind::level));
}

// One level's stages in their order, as the policy numbers them within the level.
std::string stages_of(const PageBuilder& b, const std::string& group) {
    std::vector<std::string> out = PageBuilder::items(b.ctx().corpus.stages, [&](const Stage& s) {
        return s.group == group ? numbered_link(b, s.number, s.name, url::of(EntityKind::stage, s.id)) : "";
    });
    return out.empty() ? "" : "<p class=\"stages\">Posmi: " + join(out, " · ") + "</p>";
}

std::string tasks_of(const PageBuilder& b, int group) {
    return PageBuilder::list_of(b.ctx().corpus.tasks, [&](const Task& t) {
        return t.group() == group ? b.code_link(t.code) + " " + html_escape(t.name) : "";
    });
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
    return html.empty() ? ""
                        : html + h3("matrica", "Atbildības matrica",
                                    "<p>" + b.link("Uzdevumi un lomas vienā tabulā", url::matrix()) + "</p>");
}

// 4.3.3: each condition under its group.
std::string conditions(const PageBuilder& b) {
    const Corpus& c = b.ctx().corpus;
    return PageBuilder::list_of(c.condition_groups, [&](const ConditionGroup& g) {
        std::string members = PageBuilder::list_of(c.conditions, [&](const Condition& x) {
            return x.code.rfind(g.code() + "-", 0) == 0 ? b.code_link(x.code) + " " + html_escape(x.name) : "";
        });
        return b.code_link(g.code()) + " " + html_escape(g.name) + members;
    });
}

// 4.3.4: capabilities and resources, and the two catalogues the cards draw on.
std::string capabilities(const PageBuilder& b) {
    const Corpus& c = b.ctx().corpus;
    std::string top = PageBuilder::list_of(c.capabilities, [&](const Capability& x) {
        return x.code.find('-') == std::string::npos ? b.code_link(x.code, x.code + " " + x.name) : "";
    });
    return h3("spejas-un-resursi", "Spējas un resursi", top) +
           h3("kompetences", "Kompetences", kind_links(b, EntityKind::competence)) +
           h3("tehnologijas", "Digitālās tehnoloģijas", kind_links(b, EntityKind::technology));
}

// The plan itself: its work plan, the institutions it covers, its pages and files.
std::string plan(const PageBuilder& b) {
    const Corpus& c = b.ctx().corpus;
    bool maintainer = shows_maintainer_pages(b.ctx().config.edition);
    std::string pages = PageBuilder::list_of(c.pages, [&](const Page& x) {
        return maintainer || !is_maintainer_page(x.slug) ? b.link(x.title, url::page(x.slug)) : "";
    });
    std::string groups = PageBuilder::list_of(c.institution_groups, [&](const InstitutionGroup& x) {
        return numbered_link(b, x.number, x.name, url::of(EntityKind::institution_group, std::to_string(x.number)));
    });
    std::string lines = PageBuilder::list_of(
        c.lines, [&](const ActionLine& x) { return b.code_link(x.code) + " " + html_escape(x.name); });
    return h3("darba-plans", "Darba plāns",
              lines.empty() ? "" : "<p>" + b.link("Darba plāns", url::workplan()) + "</p>" + lines) +
           h3("iestades", "Iestāžu grupas", groups) + h3("lapas", "Lapas", pages) +
           h3("lejupielades", "Lejupielādes", "<p>" + b.link("Lejupielādes", url::downloads()) + "</p>");
}

std::string plan_heading(const Corpus& c) {
    const LivePage* page = live_page_showing(c, "plan");
    return page ? page->title : "PVPP2027";
}

// Each kind with no struct of its own (model/record_kinds.h), titled with its plural.
void generic_sections(PageBuilder& b) {
    for (const auto& [kind, records] : b.ctx().corpus.records) {
        std::string plural = record_kind(kind).plural;
        b.section(upper_first(plural), kind_links(b, kind), slugify(plural));
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
