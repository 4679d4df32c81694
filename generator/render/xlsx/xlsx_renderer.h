// The renderer of output/xlsx/: the two appendix workbooks, the P2.3
// self-assessment and the portfolio template.
#pragma once
#include "render/renderer.h"

namespace pvpp {

class XlsxRenderer : public Renderer {
public:
    std::string folder() const override { return "xlsx"; }
    std::vector<Download> downloads(const Corpus& corpus) const override;
    void render(const RenderContext& ctx, OutputFolder& out, Diagnostics& diags) const override;
};

}  // namespace pvpp
