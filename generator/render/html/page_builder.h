// Helpers that turn corpus values into escaped HTML for one page, with links
// relative to that page.
#pragma once
#include <set>
#include <string>
#include <vector>

#include "model/entity.h"
#include "render/common/diagrams/diagrams.h"
#include "render/common/markdown_html.h"
#include "render/html/page_view.h"
#include "render/renderer.h"

namespace pvpp {

class PageBuilder : public DiagramLinks {
   public:
    PageBuilder(const RenderContext& ctx, std::string path, std::string kind, std::string title);

    const RenderContext& ctx() const override { return m_ctx; }
    PageView take() { return std::move(m_view); }
    PageView& view() { return m_view; }

    /// Relative href to a site folder.
    std::string href(const std::string& target) const override;
    /// Relative href to a place on a site page: its folder, and its anchor when it has one.
    std::string href(const SiteTarget& target) const;
    /// <a href="…">label</a>, label escaped.
    std::string link(const std::string& label, const std::string& target) const;
    /// <a href="…#anchor">label</a>, for a place inside a page (as link when anchor is "").
    std::string anchor_link(const std::string& label, const std::string& target, const std::string& anchor) const;
    /// A code as a link to its page, or escaped text when it has none.
    std::string code_link(const std::string& code, const std::string& label = "") const;
    /// Relative href of any code, "" when it names nothing.
    std::string code_href(const std::string& code) const;
    /// Markdown rendered with its codes linked.
    std::string md(const Text& text) const;
    /// <ul> of already-built items; "" when there are none.
    static std::string list(const std::vector<std::string>& items);
    /// item(r) for each r of records, leaving out the empty ones (what the page does not show).
    template <typename Records, typename Item>
    static std::vector<std::string> items(const Records& records, Item item) {
        std::vector<std::string> out;
        for (const auto& r : records) {
            if (std::string html = item(r); !html.empty()) { out.push_back(std::move(html)); }
        }
        return out;
    }
    /// <ul> of item(r) for each r of records that gives one; "" when none does.
    template <typename Records, typename Item>
    static std::string list_of(const Records& records, Item item) {
        return list(items(records, item));
    }

    void crumb(const std::string& label, const std::string& target);
    /// Adds a field unless its html is empty.
    void field(const std::string& label, const std::string& html);
    /// The review edition's "Avots un statuss" field: where the record's values come from and
    /// how sure they are, field by field where they differ; nothing in the public edition.
    void provenance(const RecordProvenance& p, EntityKind kind);
    /// Adds a section unless its html is empty.
    void section(const std::string& heading, const std::string& html, const std::string& id = "");

    /// The term this page is about: never linked on its own page.
    void set_own_term(const std::string& id) { m_linked_terms.insert(id); }

   private:
    std::vector<LinkSpan> spans_for(const std::string& text, bool in_heading) const;

    const RenderContext& m_ctx;
    PageView m_view;
    mutable std::set<std::string> m_linked_terms;  ///< a term links on its first use per page only
};

}  // namespace pvpp
