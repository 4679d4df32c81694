// output/site/ of a generic content folder: every page through the theme's layout,
// each folder's page listing what is below it, and the internal links checked.
#pragma once
#include <string>
#include <string_view>

#include "render/renderer.h"

namespace pvpp {

class ContentSiteRenderer : public Renderer {
public:
    std::string folder() const override { return "site"; }
    void render(const RenderContext& ctx, OutputFolder& out, Diagnostics& diags) const override;
};

/// A link as a content page should have it: a site-absolute URL ("/p/x/#h") made
/// relative to the page's folder, with index.html for a folder, so the site also
/// works from file://. Other URLs (relative, external, "//host") are kept.
std::string relative_site_url(const std::string& page_folder, std::string_view url);

}  // namespace pvpp
