// output/site/: one HTML page per record and a front page, through the theme.
#pragma once
#include "render/html/page_view.h"
#include "render/renderer.h"

namespace pvpp {

class SiteRenderer : public Renderer {
public:
    std::string folder() const override { return "site"; }
    void render(const RenderContext& ctx, OutputFolder& out, Diagnostics& diags) const override;
};

/// Every page view of the site, front page first (pure: no theme, no disk).
std::vector<PageView> site_pages(const RenderContext& ctx);

/// sitemap.xml: every page's absolute URL under site_url (or base_url).
std::string sitemap_xml(const std::vector<PageView>& pages, const SiteConfig& site);

/// Links consecutive pages of the same kind (tasks, roles, chapters …) as previous/next.
void link_neighbours(std::vector<PageView>& pages);

/// The main navigation as seen from a page: label, target folder.
std::vector<PageLink> main_navigation(const Corpus& corpus);

}  // namespace pvpp
