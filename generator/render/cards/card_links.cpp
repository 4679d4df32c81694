#include "render/cards/card_links.h"

#include "model/record_kinds.h"
#include "render/common/code_links.h"
#include "render/common/hand_links.h"
#include "render/common/markdown_html.h"
#include "util/text.h"

namespace pvpp {

// The cards live in output/cards/, the site in output/site/: one folder up, then into site/.
std::string CardLinks::href(const std::string& folder, const std::string& anchor) {
    return "../site/" + folder + "index.html" + (anchor.empty() ? "" : "#" + anchor);
}

std::string CardLinks::site_href(const std::string& folder, const std::string& anchor) const {
    SiteTarget t = resolve_target(m_ctx.config.moved, folder);
    return href(t.folder, t.anchor.empty() ? anchor : t.anchor);
}

std::string CardLinks::link(const std::string& label, const std::string& folder, const std::string& anchor) const {
    return "<a href=\"" + html_escape(site_href(folder, anchor)) + "\">" + html_escape(label) + "</a>";
}

std::string CardLinks::code_link(const std::string& code) const {
    SiteTarget t = code_target(m_ctx.index, code);
    return t.empty() ? html_escape(code) : link(code, t.folder, t.anchor);
}

std::string CardLinks::md(const Text& text) const {
    if (text.empty()) { return ""; }
    auto spans = [this](const std::string& run, bool) {
        std::vector<LinkSpan> out;
        for (const auto& m : find_kind_codes(run)) {
            SiteTarget t = code_target(m_ctx.index, m.kind, run.substr(m.offset, m.length));
            if (!t.empty()) { out.push_back({m.offset, m.length, site_href(t.folder, t.anchor), ""}); }
        }
        return out;
    };
    if (!m_ctx.hand_links) { return markdown_to_html(text.markdown, spans); }
    return markdown_to_html(text.markdown, spans, [&](std::string_view url) {
        return m_ctx.hand_links->beside_site(text, url);
    });
}

std::string CardLinks::list(const std::vector<std::string>& items, bool plain_text) {
    if (items.empty()) { return ""; }
    std::string out = "<ul>";
    for (const auto& i : items) { out += "<li>" + (plain_text ? html_escape(i) : i) + "</li>"; }
    return out + "</ul>";
}

}  // namespace pvpp
