// The site's front page: every kind of record with links to each page.
#include <algorithm>
#include "model/record_kinds.h"
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

void task_sections(PageBuilder& b) {
    for (int group = 1; group <= 3; ++group) {
        std::vector<std::string> out;
        for (const auto& t : b.ctx().corpus.tasks) {
            if (t.group() == group) { out.push_back(b.code_link(t.code) + " " + html_escape(t.name)); }
        }
        b.section(task_group_name(group), PageBuilder::list(out), "uzdevumi-" + std::to_string(group));
    }
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
    b.view().lead = b.md(c.site.intro);  // what the site is and whom it serves, in the plan's words
    b.section("Lomas", items(c.roles, [&](const Role& r) {
        return b.link(std::to_string(r.number) + ". " + r.name, url::role(r.id)); }), "lomas");
    task_sections(b);
    b.section("Atbildības matrica", "<p>" + b.link("Uzdevumi un lomas vienā tabulā", url::matrix()) + "</p>", "matrica");
    b.section("Nosacījumi", items(c.conditions, [&](const Condition& x) {
        return b.code_link(x.code) + " " + html_escape(x.name); }), "nosacijumi");
    std::vector<std::string> capabilities;
    for (const auto& x : c.capabilities) {
        if (x.code.find('-') == std::string::npos) { capabilities.push_back(b.code_link(x.code, x.code + " " + x.name)); }
    }
    b.section("Spējas un resursi", PageBuilder::list(capabilities), "spejas");
    b.section("Darba plāns", items(c.lines, [&](const ActionLine& x) {
        return b.code_link(x.code) + " " + html_escape(x.name); }), "darba-plans");
    b.section("Jēdzieni", items(c.terms, [&](const Term& x) { return b.link(x.name, url::term(x.id)); }), "jedzieni");
    b.section("Vispārējie principi", items(c.principles, [&](const Principle& x) {
        return b.link(std::to_string(x.number) + ". " + x.name, url::principle(x.number)); }), "principi");
    b.section("Mērogi", items(c.scales, [&](const Axis& x) { return b.link(x.name, url::scale(x.id)); }), "merogi");
    b.section("Līmeņi", items(c.levels, [&](const Axis& x) { return b.link(x.name, url::level(x.id)); }), "limeni");
    b.section("Posmi", items(c.stages, [&](const Stage& x) { return b.link(x.name, url::stage(x.id)); }), "posmi");
    b.section("Kompetences", items(c.competences, [&](const CatalogueItem& x) {
        return b.link(x.name, url::competence(x.id)); }), "kompetences");
    b.section("Digitālās tehnoloģijas", items(c.technologies, [&](const CatalogueItem& x) {
        return b.link(x.name, url::technology(x.id)); }), "tehnologijas");
    b.section("Iestāžu grupas", items(c.institution_groups, [&](const InstitutionGroup& x) {
        return b.link(std::to_string(x.number) + ". " + x.name, url::institution_group(x.number)); }), "iestades");
    generic_sections(b);
    bool maintainer = shows_maintainer_pages(ctx.config.edition);
    std::vector<std::string> pages;
    for (const auto& x : c.pages) {
        if (maintainer || !is_maintainer_page(x.slug)) { pages.push_back(b.link(x.title, url::page(x.slug))); }
    }
    b.section("Lapas", PageBuilder::list(pages), "lapas");
    if (maintainer) {
        b.section(review_text::k_maintainer,
                  PageBuilder::list({b.link(review_text::k_completeness, url::completeness())}), "uzturetajam");
    }
    return b.take();
}

}  // namespace pvpp
