// output/publish/: each page the live site has, as the HTML fragment an editor pastes
// into the state's shared web platform (the CMS varam.gov.lv runs on), its pictures,
// and index.html listing them with a preview and a copy button.
#pragma once
#include "render/publish/fragment.h"
#include "render/renderer.h"

namespace pvpp {

class PublishRenderer : public Renderer {
public:
    std::string folder() const override { return "publish"; }
    std::vector<Download> downloads(const Corpus& corpus) const override;
    void render(const RenderContext& ctx, OutputFolder& out, Diagnostics& diags) const override;
};

/// The fragment of every live page, in the site's order (pure: no disk).
std::vector<Fragment> publish_fragments(const FragmentContext& ctx);

}  // namespace pvpp
