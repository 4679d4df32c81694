// Links from a file in output/cards/ to the site in output/site/, and Markdown with its codes linked.
#pragma once
#include <string>
#include <vector>

#include "render/renderer.h"

namespace pvpp {

/// Escaped HTML pieces for the cards, with links relative to output/cards/.
class CardLinks {
public:
    explicit CardLinks(const RenderContext& ctx) : m_ctx(ctx) {}

    const RenderContext& ctx() const { return m_ctx; }
    /// Href of a site page folder (site-relative) seen from output/cards/.
    static std::string href(const std::string& folder, const std::string& anchor = "");
    /// As href, but a page the edition does not make is linked at its place on a chapter page.
    std::string site_href(const std::string& folder, const std::string& anchor = "") const;
    /// <a href="…">label</a>, label escaped.
    std::string link(const std::string& label, const std::string& folder, const std::string& anchor = "") const;
    /// A code as a link to its site page, or escaped text when it names nothing.
    std::string code_link(const std::string& code) const;
    /// Markdown rendered with its codes linked to the site.
    std::string md(const Text& text) const;
    /// <ul> of already-built items, or of plain texts (escaped); "" when there are none.
    static std::string list(const std::vector<std::string>& items, bool plain_text = false);

private:
    const RenderContext& m_ctx;
};

}  // namespace pvpp
