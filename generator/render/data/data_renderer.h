// output/data/: the corpus as open data — pvpp.json, its JSON Schema, and CSV files.
#pragma once
#include "render/common/link_check.h"
#include "render/renderer.h"

namespace pvpp {

class DataRenderer : public Renderer {
public:
    std::string folder() const override { return "data"; }
    std::vector<Download> downloads(const Corpus& corpus) const override;
    void render(const RenderContext& ctx, OutputFolder& out, Diagnostics& diags) const override;
};

/// Every file of output/data/ (pure: corpus in, bytes out).
std::vector<OutputFile> data_files(const Corpus& corpus);

}  // namespace pvpp
