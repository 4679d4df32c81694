// Pages for condition groups and conditions, capabilities and resources, and the
// competence and technology catalogues.
#include <algorithm>

#include "model/anchors.h"
#include "render/common/urls.h"
#include "render/html/entity_pages.h"
#include "render/html/page_builder.h"
#include "util/slug.h"
#include "util/text.h"

namespace pvpp {
namespace {

PageView condition_page(const RenderContext& ctx, const Condition& c) {
    PageBuilder b(ctx, url::of(EntityKind::condition, c.code),
                  "Pakalpojumu izveides, sniegšanas un pilnveides nosacījums", c.name);
    b.provenance(c.provenance, EntityKind::condition);
    b.view().code = c.code;
    std::string group_code = "N" + std::to_string(c.group());
    auto* g = ctx.index.find<ConditionGroup>(EntityKind::condition_group, group_code);
    std::string group = g ? g->name : "";
    place_in_chapter(b, {EntityKind::condition, c.code});
    b.field("Nosacījumu grupa", b.code_link(group_code, std::to_string(c.group()) + ". " + group));
    if (shows_maintainer_pages(ctx.config.edition)) {
        b.field(review_text::k_live_anchor_label, "#" + condition_anchor(c, group));
    }
    b.section("Ietver", PageBuilder::list_of(c.items, [](const std::string& i) { return html_escape(i); }));
    b.section("Apraksts", b.md(c.description));
    b.section("Uzdevumi, no kuru veikšanas nosacījums ir atkarīgs",
              PageBuilder::list_of(ctx.corpus.cards, [&](const TaskCard& card) {
                  bool needs =
                      std::ranges::any_of(card.conditions.conditions, [&](const Ref& r) { return r.id == c.code; });
                  return needs ? b.code_link(card.task.id) : "";
              }));
    backlinks_section(b, {EntityKind::condition, c.code});
    return b.take();
}

PageView group_page(const RenderContext& ctx, const ConditionGroup& g) {
    PageBuilder b(ctx, url::of(EntityKind::condition_group, g.code()), "Nosacījumu grupa",
                  std::to_string(g.number) + ". " + g.name);
    record_header(b, {EntityKind::condition_group, g.code()}, g.provenance);
    b.section("Apraksts", b.md(g.description));
    b.section("Nosacījumi", PageBuilder::list_of(ctx.corpus.conditions, [&](const Condition& c) {
                  return c.group() == g.number ? b.code_link(c.code) + " " + html_escape(c.name) : "";
              }));
    backlinks_section(b, {EntityKind::condition_group, g.code()});
    return b.take();
}

PageView capability_page(const RenderContext& ctx, const Capability& c) {
    PageBuilder b(ctx, url::capability(c), c.resource ? "Resurss" : "Spēja", c.name);
    record_header(b, {EntityKind::capability, c.code}, c.provenance);
    if (c.inferred && shows_inferred(ctx.config.edition)) {
        b.field("Kods", "<span class=\"inferred\">" + std::string(review_text::k_code_not_stated) + "</span>");
    }
    for (const auto& s : for_edition(capability_content(ctx.corpus, c), ctx.config.edition).sections) {
        content_section(b, s, s.heading.empty() ? "Apraksts" : s.heading);
    }
    backlinks_section(b, {EntityKind::capability, c.code});
    return b.take();
}

PageView catalogue_page(const RenderContext& ctx, const CatalogueItem& item, bool technology) {
    PageBuilder b(ctx, url::of(technology ? EntityKind::technology : EntityKind::competence, item.id),
                  technology ? "Digitālā tehnoloģija" : "Kompetence", item.name);
    record_header(b, {technology ? EntityKind::technology : EntityKind::competence, item.id}, item.provenance);
    b.field("Pazīme",
            !item.flag.empty() ? html_escape(item.flag) : unknown_html(ctx.config.edition, review_text::k_unknown_f));
    b.section("Apraksts", b.md(item.description));
    b.section("Nepieciešama uzdevumiem", PageBuilder::list_of(ctx.corpus.cards, [&](const TaskCard& card) {
                  const auto& refs = technology ? card.resources.technologies : card.capabilities.competences;
                  bool needed = std::any_of(refs.begin(), refs.end(), [&](const Ref& r) { return r.id == item.id; });
                  return needed ? b.code_link(card.task.id) : "";
              }));
    return b.take();
}

}  // namespace

std::vector<PageView> condition_pages(const RenderContext& ctx) {
    std::vector<PageView> pages;
    const Corpus& c = ctx.corpus;
    for (const auto& g : c.condition_groups) { pages.push_back(group_page(ctx, g)); }
    for (const auto& x : c.conditions) { pages.push_back(condition_page(ctx, x)); }
    for (const auto& x : c.capabilities) {
        if (x.code.find('-') == std::string::npos) { pages.push_back(capability_page(ctx, x)); }
    }
    for (const auto& x : c.competences) { pages.push_back(catalogue_page(ctx, x, false)); }
    for (const auto& x : c.technologies) { pages.push_back(catalogue_page(ctx, x, true)); }
    return pages;
}

}  // namespace pvpp
