// Helpers that turn corpus values into escaped HTML for one page, with links
// relative to that page.
#pragma once
#include <string>
#include <vector>

#include "model/codes.h"
#include "render/html/page_view.h"
#include "render/renderer.h"

namespace pvpp {

class PageBuilder {
public:
    PageBuilder(const RenderContext& ctx, std::string path, std::string kind, std::string title);

    const RenderContext& ctx() const { return m_ctx; }
    PageView take() { return std::move(m_view); }
    PageView& view() { return m_view; }

    /// Relative href to a site folder.
    std::string href(const std::string& target) const;
    /// <a href="…">label</a>, label escaped.
    std::string link(const std::string& label, const std::string& target) const;
    /// A code as a link to its page, or escaped text when it has none.
    std::string code_link(const std::string& code, const std::string& label = "") const;
    /// Markdown rendered with its codes linked.
    std::string md(const Text& text) const;
    /// <ul> of already-built items; "" when there are none.
    static std::string list(const std::vector<std::string>& items);

    void crumb(const std::string& label, const std::string& target);
    /// Adds a field unless its html is empty.
    void field(const std::string& label, const std::string& html);
    /// Adds a section unless its html is empty.
    void section(const std::string& heading, const std::string& html, const std::string& id = "");

private:
    const RenderContext& m_ctx;
    PageView m_view;
};

}  // namespace pvpp
