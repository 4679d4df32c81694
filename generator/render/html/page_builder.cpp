#include "render/html/page_builder.h"

#include "render/common/code_links.h"
#include "render/common/edition.h"
#include "render/common/hand_links.h"
#include "render/common/markdown_html.h"
#include "render/common/text_links.h"
#include "render/common/urls.h"
#include "util/text.h"

namespace pvpp {

PageBuilder::PageBuilder(const RenderContext& ctx, std::string path, std::string kind, std::string title) : m_ctx(ctx) {
    m_view.path = std::move(path);
    m_view.kind = std::move(kind);
    m_view.title = std::move(title);
    crumb("Sākums", url::home());
}

// A page the edition does not make is linked at its place on a chapter page.
std::string PageBuilder::href(const std::string& target) const {
    SiteTarget t = resolve_target(m_ctx.config.moved, target);
    return (m_view.from_root ? "/" : "") + url::relative(m_view.path, t.folder) +
           (t.anchor.empty() ? "" : "#" + t.anchor);
}

std::string PageBuilder::href(const SiteTarget& t) const {
    return href(t.folder) + (t.anchor.empty() ? "" : "#" + t.anchor);
}

std::string PageBuilder::link(const std::string& label, const std::string& target) const {
    return "<a href=\"" + html_escape(href(target)) + "\">" + html_escape(label) + "</a>";
}

std::string PageBuilder::anchor_link(const std::string& label, const std::string& target,
                                     const std::string& anchor) const {
    return "<a href=\"" + html_escape(href(SiteTarget{target, anchor})) + "\">" + html_escape(label) + "</a>";
}

// The href of any code: "" when it names nothing in the corpus.
std::string PageBuilder::code_href(const std::string& code) const {
    SiteTarget t = code_target(m_ctx.index, code);
    return t.empty() ? "" : href(t);
}

std::string PageBuilder::code_link(const std::string& code, const std::string& label) const {
    std::string shown = label.empty() ? code : label;
    std::string target = code_href(code);
    return target.empty() ? html_escape(shown)
                          : "<a href=\"" + html_escape(target) + "\">" + html_escape(shown) + "</a>";
}

std::vector<LinkSpan> PageBuilder::spans_for(const std::string& text, bool in_heading) const {
    auto target_href = [this](const SiteTarget& t) { return href(t); };
    return text_link_spans(text, in_heading, m_ctx.index, m_ctx.terms, m_linked_terms, target_href);
}

std::string PageBuilder::md(const Text& text) const {
    if (text.empty()) { return ""; }
    auto finder = [this](const std::string& t, bool heading) { return spans_for(t, heading); };
    if (!m_ctx.hand_links) { return markdown_to_html(text.markdown, finder); }
    return markdown_to_html(text.markdown, finder,
                            [&](std::string_view url) { return m_ctx.hand_links->on_site(text, url, m_view.path); });
}

std::string PageBuilder::list(const std::vector<std::string>& items) {
    if (items.empty()) { return ""; }
    std::string out = "<ul>";
    for (const auto& i : items) { out += "<li>" + i + "</li>"; }
    return out + "</ul>";
}

void PageBuilder::crumb(const std::string& label, const std::string& target) {
    m_view.breadcrumbs.push_back({label, href(target)});
}

void PageBuilder::provenance(const RecordProvenance& p, EntityKind kind) {
    if (m_ctx.config.edition != Edition::review) { return; }
    std::vector<std::string> items{html_escape(provenance_text(p.record))};
    for (const auto& f : p.fields) {
        items.push_back(html_escape(field_title(kind, f.field) + " — " + provenance_text(f.provenance)));
    }
    field(review_text::k_provenance_label, items.size() == 1 ? items[0] : list(items));
}

void PageBuilder::field(const std::string& label, const std::string& html) {
    if (!html.empty()) { m_view.fields.push_back({label, html}); }
}

void PageBuilder::section(const std::string& heading, const std::string& html, const std::string& id) {
    if (!html.empty()) { m_view.sections.push_back({id, heading, html}); }
}

}  // namespace pvpp
