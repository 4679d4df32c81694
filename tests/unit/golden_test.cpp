// Golden tests: the <main> of chosen pages of small corpora (the policy format, or a
// generic content folder) in tests/golden/<case>/ must equal expected/<page>.html.
// PVPP_UPDATE_EXPECTED=1 rewrites them for review.
#include <doctest/doctest.h>

#include "golden_files.h"
#include "test_site.h"

#include <algorithm>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <sstream>

#include "load/corpus_loader.h"
#include "render/html/content_site_renderer.h"
#include "render/html/site_renderer.h"
#include "util/file_system.h"
#include "util/text.h"
#include "validate/validate.h"

using namespace pvpp;
using test::main_part;
using test::read_file;
namespace fs = std::filesystem;

namespace {

void check_case(const fs::path& dir, bool update) {
    DiskFileSystem files(dir.string());
    Diagnostics diags;
    Corpus corpus = load_corpus(files, diags);
    CorpusIndex index = validate(corpus, diags);
    REQUIRE(diags.error_count() == 0);
    RenderConfig config{PVPP_SOURCE_DIR, "default", {}};  // the public edition, as `pvpp build` makes it
    config.moved = moved_pages(config.edition, corpus);
    OutputFolder folder("site");
    if (corpus.kind == CorpusKind::content_folder) {
        ContentSiteRenderer().render(RenderContext{corpus, index, config}, folder, diags);
    } else {
        SiteRenderer().render(RenderContext{corpus, index, config}, folder, diags);
    }
    REQUIRE(diags.error_count() == 0);
    std::vector<std::string> seen;
    for (const auto& page : test::listed_lines(dir / "pages.txt")) {
        const std::string* html = folder.find(page + "index.html");
        std::string actual = html ? main_part(*html) : "";
        test::compare_expected(actual, dir / "expected" / (test::flat_name(page) + "main.html"), update, seen);
    }
    test::check_no_stale(dir / "expected", seen);
}

}  // namespace

TEST_CASE("golden pages: the <main> of each listed page equals its expected file") {
    bool update = std::getenv("PVPP_UPDATE_EXPECTED") != nullptr;
    int cases = 0;
    for (const auto& entry : fs::directory_iterator(fs::path(PVPP_SOURCE_DIR) / "tests" / "golden")) {
        if (!entry.is_directory()) { continue; }
        ++cases;
        check_case(entry.path(), update);
    }
    CHECK(cases >= 1);
}
