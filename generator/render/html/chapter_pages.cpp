// The live site's chapter pages at their live slugs: every item carries the
// anchor id the published links use, and links to the item's own page.
#include "render/common/diagrams/diagrams.h"
#include "render/common/page_content.h"
#include "render/common/urls.h"
#include "render/html/entity_pages.h"
#include "render/html/page_builder.h"
#include "util/text.h"

namespace pvpp {
namespace {

std::string inline_html(const PageBuilder& b, const Inline& runs) {
    std::string html;
    for (const auto& r : runs) {
        html += r.target.empty() ? html_escape(r.text) : b.anchor_link(r.text, r.target.folder, r.target.anchor);
    }
    return html;
}

std::string diagram_html(const PageBuilder& b, DiagramKind kind) {
    std::string svg = kind == DiagramKind::role_grid ? role_grid_svg(b)
                      : kind == DiagramKind::task_map ? task_map_svg(b)
                                                      : condition_wheel_svg(b);
    if (kind == DiagramKind::task_map) {  // too wide for a phone: there, its lines in words
        return "<figure class=\"diagram wide-only\">" + svg + "</figure>" + task_map_relations_html(b);
    }
    if (kind == DiagramKind::role_grid) { return role_grid_figure(svg); }
    return "<figure class=\"diagram\">" + svg + "</figure>";
}

std::string heading_html(const PageBuilder& b, const ContentBlock& h) {
    return (h.id.empty() ? "<h3>" : "<h3 id=\"" + html_escape(h.id) + "\">") + inline_html(b, h.text) +
           (h.inferred ? " <span class=\"inferred\" title=\"" + std::string(review_text::k_code_inferred) + "\">?</span>"
                       : "") + "</h3>";
}

std::string block_html(const PageBuilder& b, const ContentBlock& block) {
    using Kind = ContentBlock::Kind;
    switch (block.kind) {
        case Kind::heading: return heading_html(b, block);
        case Kind::paragraph: return "<p>" + inline_html(b, block.text) + "</p>";
        case Kind::markdown: return b.md(*block.markdown);
        case Kind::diagram: return diagram_html(b, block.diagram);
        case Kind::gap: return "<p class=\"gap\">" + inline_html(b, block.text) + "</p>";
        case Kind::more: return "<p class=\"more\">" + inline_html(b, block.text) + "</p>";
        case Kind::list:
            return PageBuilder::list_of(block.items, [&](const auto& item) { return inline_html(b, item); });
    }
    return "";
}

}  // namespace

std::string role_grid_figure(const std::string& svg) {
    return "<figure class=\"diagram scroll-on-phone\" tabindex=\"0\" aria-labelledby=\"role-grid-title\">" + svg +
           "</figure>";
}

void content_section(PageBuilder& b, const ContentSection& section, const std::string& heading) {
    std::string html;
    for (const auto& block : section.blocks) { html += block_html(b, block); }
    if (html.empty() && !heading.empty() && !section.id.empty()) {
        // A record with nothing but its name (public edition): its heading is still its place.
        b.view().sections.push_back({section.id, heading, ""});
        return;
    }
    b.section(heading, html, section.id);
}

std::vector<PageView> chapter_pages(const RenderContext& ctx) {
    std::vector<PageView> pages;
    for (const auto& p : ctx.corpus.site.pages) {
        PageContent content = for_edition(chapter_content(ctx.corpus, ctx.index, p), ctx.config.edition, ctx.config.moved);
        PageBuilder b(ctx, url::page(p.slug), "Pakalpojumu pārvaldības politika", content.title);
        for (const auto& s : content.sections) { content_section(b, s, s.heading); }
        pages.push_back(b.take());
    }
    return pages;
}

void place_in_chapter(PageBuilder& b, const EntityKey& key) {
    LivePlace place = live_place(b.ctx().corpus, key);
    if (place.empty()) { return; }
    b.crumb(place.title, url::page(place.slug));
    b.field("Vieta politikā", b.anchor_link(place.title, url::page(place.slug), place.anchor));
}

}  // namespace pvpp
