// The live site's chapter pages at their live slugs: every item carries the
// anchor id the published links use, and links to the item's own page.
#include <algorithm>

#include "model/anchors.h"
#include "render/common/urls.h"
#include "render/common/diagrams/diagrams.h"
#include "render/html/entity_pages.h"
#include "render/html/page_builder.h"
#include "util/slug.h"
#include "util/text.h"

namespace pvpp {
namespace {

const char* k_gap = "<p class=\"gap\">Saturs vēl nav pārnests no avota.</p>";

std::string more(const PageBuilder& b, const std::string& target) {
    return "<p class=\"more\">" + b.link("Plašāk", target) + "</p>";
}

std::string term_items(const PageBuilder& b, const std::vector<Ref>& refs) {
    std::string html;
    for (const auto& r : refs) {
        auto it = b.ctx().index.terms.find(r.id);
        if (it == b.ctx().index.terms.end()) { continue; }
        const Term& t = *it->second;
        html += "<h3 id=\"" + slugify(t.name) + "\">" + b.link(t.name, url::term(t.id)) + "</h3>" +
                (t.definition.empty() ? "<p class=\"gap\">Definīcija avotos nav dota.</p>" : b.md(t.definition));
    }
    return html;
}

std::string institutions_html(const PageBuilder& b) {
    std::string html;
    for (const auto& g : b.ctx().corpus.institution_groups) {
        std::vector<std::string> members;
        for (const auto& m : g.members) { members.push_back(html_escape(m)); }
        html += "<h3>" + b.link(std::to_string(g.number) + ". " + g.name, url::institution_group(g.number)) +
                "</h3>" + PageBuilder::list(members);
    }
    return html;
}

void add_sections(PageBuilder& b, const LivePage& p) {
    for (const auto& s : p.sections) {
        std::string html = term_items(b, s.terms) + (s.shows == "institutions" ? institutions_html(b) : "");
        b.section(s.heading, html.empty() ? k_gap : html, slugify(s.heading));
    }
}

void show_terms(PageBuilder& b, const LivePage& p) {
    std::vector<Ref> rest;
    for (const auto& t : b.ctx().corpus.terms) {
        bool shown = std::any_of(p.sections.begin(), p.sections.end(), [&](const LiveSection& s) {
            return std::any_of(s.terms.begin(), s.terms.end(), [&](const Ref& r) { return r.id == t.id; });
        });
        if (!shown) { rest.push_back({t.id, t.loc}); }
    }
    b.section("Citi jēdzieni", term_items(b, rest), "citi-jedzieni");
}

void show_principles(PageBuilder& b) {
    for (const auto& p : b.ctx().corpus.principles) {
        std::string heading = std::to_string(p.number) + ". " + p.name;
        b.section(heading, (p.description.empty() ? "" : b.md(p.description)) + more(b, url::principle(p.number)),
                  slugify(p.name));
    }
}

std::string role_summary(const PageBuilder& b, const Role& r) {
    std::string html;
    auto part = [&](const char* label, const Text& t) {
        if (!t.empty()) { html += "<h3>" + std::string(label) + "</h3>" + b.md(t); }
    };
    part("Lomai atbilstošā iestāde", r.institution);
    part("Lomas vispārējs raksturojums", r.description);
    part("Darbības fokuss", r.focus);
    return html + more(b, url::role(r.id));
}

void show_roles(PageBuilder& b) {
    b.section("Mērogi, līmeņi un lomas", "<figure class=\"diagram\">" + role_grid_svg(b) + "</figure>", "merogi-limeni-lomas");
    for (const auto& r : b.ctx().corpus.roles) {
        b.section(std::to_string(r.number) + ". loma \"" + r.name + "\"", role_summary(b, r), role_anchor(r));
    }
}

void show_tasks(PageBuilder& b) {
    b.section("Uzdevumu karte", "<figure class=\"diagram\">" + task_map_svg(b) + "</figure>", "uzdevumu-karte");
    for (int group = 1; group <= 3; ++group) {
        std::string html;
        for (const auto& t : b.ctx().corpus.tasks) {
            if (t.group() != group) { continue; }
            html += "<h3 id=\"" + task_anchor(t) + "\">" + b.code_link(t.code) + " " + html_escape(t.name) + "</h3>";
            if (!t.practice.empty()) { html += "<p>(" + html_escape(t.practice) + ")</p>"; }
        }
        b.section(task_group_name(group), html, "uzdevumi-" + std::to_string(group));
    }
}

void show_conditions(PageBuilder& b) {
    b.section("Nosacījumu grupas", "<figure class=\"diagram\">" + condition_wheel_svg(b) + "</figure>", "nosacijumu-grupas");
    for (const auto& g : b.ctx().corpus.condition_groups) {
        std::string html;
        for (const auto& c : b.ctx().corpus.conditions) {
            if (c.group() != g.number) { continue; }
            std::vector<std::string> items;
            for (const auto& i : c.items) { items.push_back(html_escape(i)); }
            html += "<h3 id=\"" + condition_anchor(c, g.name) + "\">" + b.code_link(c.code) + " " +
                    html_escape(c.name) + "</h3>" + PageBuilder::list(items);
        }
        b.section(std::to_string(g.number) + ". \"" + g.name + "\"", html, slugify(g.code() + " " + g.name));
    }
}

void show_capabilities(PageBuilder& b) {
    for (bool resource : {false, true}) {
        std::string html;
        for (const auto& c : b.ctx().corpus.capabilities) {
            if (c.resource != resource || c.code.find('-') != std::string::npos) { continue; }
            html += "<h3 id=\"" + capability_anchor(c) + "\">" + b.link(c.code + " " + c.name, url::capability(c)) +
                    (c.inferred ? " <span class=\"inferred\" title=\"kods secināts\">?</span>" : "") + "</h3>";
        }
        b.section(resource ? "Resursi" : "Spējas", html, resource ? "resursi" : "spejas");
    }
}

std::vector<const Page*> pages_by_weight(const Corpus& c, bool chapters) {
    std::vector<const Page*> out;
    for (const auto& p : c.pages) {
        if (p.chapter.empty() != chapters) { out.push_back(&p); }
    }
    std::stable_sort(out.begin(), out.end(), [](const Page* a, const Page* b) { return a->weight < b->weight; });
    return out;
}

void show_plan(PageBuilder& b) {
    std::vector<std::string> items;
    for (const Page* p : pages_by_weight(b.ctx().corpus, true)) { items.push_back(b.link(p->title, url::page(p->slug))); }
    b.section("Plāna nodaļas", PageBuilder::list(items), "nodalas");
    b.section("2. pielikums – Darba plāns",
              PageBuilder::list({b.link("Darba plāns: rīcības virzieni, pasākumi un termiņi", url::workplan())}),
              "darba-plans");
}

void show_index(PageBuilder& b) {
    std::vector<std::string> chapters, materials;
    for (const auto& p : b.ctx().corpus.site.pages) {
        if (p.shows != "index") { chapters.push_back(b.link(p.title.empty() ? p.slug : p.title, url::page(p.slug))); }
    }
    for (const Page* p : pages_by_weight(b.ctx().corpus, false)) { materials.push_back(b.link(p->title, url::page(p->slug))); }
    b.section("Pakalpojumu pārvaldības politika", PageBuilder::list(chapters), "politika");
    b.section("Materiāli", PageBuilder::list(materials), "materiali");
}

void show(PageBuilder& b, const LivePage& p) {
    if (p.shows == "terms") { show_terms(b, p); }
    if (p.shows == "principles") { show_principles(b); }
    if (p.shows == "roles") { show_roles(b); }
    if (p.shows == "tasks") { show_tasks(b); }
    if (p.shows == "conditions") { show_conditions(b); }
    if (p.shows == "capabilities") { show_capabilities(b); }
    if (p.shows == "plan") { show_plan(b); }
    if (p.shows == "index") { show_index(b); }
}

}  // namespace

std::vector<PageView> chapter_pages(const RenderContext& ctx) {
    std::vector<PageView> pages;
    for (const auto& p : ctx.corpus.site.pages) {
        PageBuilder b(ctx, url::page(p.slug), "Pakalpojumu pārvaldības politika", p.title.empty() ? p.slug : p.title);
        add_sections(b, p);
        show(b, p);
        pages.push_back(b.take());
    }
    return pages;
}

void place_in_chapter(PageBuilder& b, const std::string& kind, const std::string& anchor) {
    const LivePage* p = live_page_showing(b.ctx().corpus, kind);
    if (!p) { return; }
    b.crumb(p->title.empty() ? p->slug : p->title, url::page(p->slug));
    b.field("Vieta politikā", b.anchor_link(p->title.empty() ? p->slug : p->title, url::page(p->slug), anchor));
}

}  // namespace pvpp
