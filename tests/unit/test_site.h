// Shared test fixtures: a corpus loaded from memory and validated, ready to render,
// and whole-file reading for tests that compare output with expected files.
#pragma once
#include <filesystem>
#include <fstream>
#include <memory>
#include <sstream>
#include <string>

#include "load/corpus_loader.h"
#include "render/renderer.h"
#include "util/file_system.h"
#include "validate/validate.h"

namespace pvpp::test {

/// A loaded and validated corpus with the real default theme. Held by pointer:
/// the index points into the corpus.
struct Site {
    Corpus corpus;
    CorpusIndex index;
    Diagnostics diags;
    /// The review edition, which shows everything (gaps, marks, notes): the tests of what a
    /// renderer draws see it all; tests of the public edition set config.edition themselves.
    RenderConfig config = [] {
        RenderConfig c{PVPP_SOURCE_DIR, "default", {}};
        c.edition = Edition::review;
        return c;
    }();

    RenderContext context() const { return RenderContext{corpus, index, config}; }
};

inline std::unique_ptr<Site> load_site(const FileSystem& files) {
    auto site = std::make_unique<Site>();
    site->corpus = load_corpus(files, site->diags);
    site->index = validate(site->corpus, site->diags);
    return site;
}

inline std::string read_file(const std::filesystem::path& path) {
    std::ifstream in(path, std::ios::binary);
    std::ostringstream bytes;
    bytes << in.rdbuf();
    return bytes.str();
}

/// The <main> element of a page and a newline, or "" when it has none: what golden files hold.
inline std::string main_part(const std::string& html) {
    std::size_t begin = html.find("<main");
    std::size_t end = html.find("</main>");
    return begin == std::string::npos || end == std::string::npos ? "" : html.substr(begin, end + 7 - begin) + "\n";
}

}  // namespace pvpp::test
