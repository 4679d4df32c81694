// output/cards/: printable task cards and the P1.1 role sheets, A4 landscape HTML.
#pragma once
#include "render/common/link_check.h"
#include "render/common/theme.h"
#include "render/renderer.h"

namespace pvpp {

class CardsRenderer : public Renderer {
public:
    std::string folder() const override { return "cards"; }
    std::vector<Download> downloads(const Corpus& corpus) const override;
    void render(const RenderContext& ctx, OutputFolder& out, Diagnostics& diags) const override;
};

/// The templates the cards need, below the theme's templates/.
const std::vector<std::string>& card_templates();

/// Every file of output/cards/ (pure: a loaded theme in, bytes out; no disk).
/// css is the stylesheet inlined into every file, so each works opened alone.
std::vector<OutputFile> card_files(const RenderContext& ctx, const Theme& theme, const std::string& css);

/// The HTML files that are printed to PDF, below output/cards/.
std::vector<std::string> printable_card_files(const Corpus& corpus);

}  // namespace pvpp
