// The one interface every output implements; the build loops over them.
#pragma once
#include <string>
#include <vector>

#include "diag/diagnostics.h"
#include "model/corpus.h"
#include "render/common/edition.h"
#include "render/common/output_folder.h"
#include "validate/corpus_index.h"

namespace pvpp {

/// A file another renderer offers for download, by its path below output/.
struct Download {
    std::string label;
    std::string path;        ///< e.g. "xlsx/PVPP2024–2027_1.pielikums.xlsx"
    bool in_site = true;     ///< the site carries a copy (publish/ is for the CMS's editors only)
    std::size_t size = 0;    ///< bytes, once the build has the file (0: not known)
};

/// Settings of a build that renderers read.
struct RenderConfig {
    std::string root = ".";    ///< the project root (content/, data/, themes/)
    std::string theme = "default";
    std::vector<Download> downloads;  ///< what the other renderers of this build write
    bool cards_written_only = false;  ///< cards leave out the sections the corpus does not have
    bool pdf = false;                 ///< the build prints the cards to PDF (the cards index links them)
    /// The output folder of the last build, read (never written) for what is slow to make
    /// again and has not changed: a PNG picture whose SVG is the same. "" reads nothing.
    std::string previous_out{};
    Edition edition = Edition::public_;  ///< what the output may show (render/common/edition.h)
    MovedPages moved{};  ///< pages the edition does not make, and where links to them go
    /// The bytes of each download the site carries a copy of (path below output/); the build
    /// renders the site after the renderers that write them, and after printing the PDFs.
    std::vector<OutputFile> offered{};
};

/// What a renderer reads: the frozen corpus, its index and the settings.
struct RenderContext {
    const Corpus& corpus;
    const CorpusIndex& index;
    const RenderConfig& config;
    const class TermLinker* terms = nullptr;  ///< glossary linking; none in most unit tests
    const class Lemmatizer* lemmatizer = nullptr;  ///< the build's (with its cache); else the site makes one
    /// The Markdown's written links and images (render/common/hand_links.h); none: written as they are.
    const class HandLinks* hand_links = nullptr;
};

/// An output: reads the context, writes only below its own folder of output/.
class Renderer {
public:
    virtual ~Renderer() = default;
    /// The folder below output/ this renderer owns ("site", "xlsx", …).
    virtual std::string folder() const = 0;
    /// Files this renderer writes that readers download (listed on the site's downloads page).
    virtual std::vector<Download> downloads(const Corpus&) const { return {}; }
    /// Writes the output; problems go to diags (an error fails the build).
    virtual void render(const RenderContext& ctx, OutputFolder& out, Diagnostics& diags) const = 0;
};

}  // namespace pvpp
