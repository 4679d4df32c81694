// The one interface every output implements; the build loops over them.
#pragma once
#include <string>

#include "diag/diagnostics.h"
#include "model/corpus.h"
#include "render/common/output_folder.h"
#include "validate/corpus_index.h"

namespace pvpp {

/// Settings of a build that renderers read.
struct RenderConfig {
    std::string root = ".";    ///< the project root (content/, data/, themes/)
    std::string theme = "default";
};

/// What a renderer reads: the frozen corpus, its index and the settings.
struct RenderContext {
    const Corpus& corpus;
    const CorpusIndex& index;
    const RenderConfig& config;
    const class TermLinker* terms = nullptr;  ///< glossary linking; none in most unit tests
};

/// An output: reads the context, writes only below its own folder of output/.
class Renderer {
public:
    virtual ~Renderer() = default;
    /// The folder below output/ this renderer owns ("site", "xlsx", …).
    virtual std::string folder() const = 0;
    /// Writes the output; problems go to diags (an error fails the build).
    virtual void render(const RenderContext& ctx, OutputFolder& out, Diagnostics& diags) const = 0;
};

}  // namespace pvpp
