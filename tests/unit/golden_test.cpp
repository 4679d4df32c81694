// Golden tests: the <main> of chosen pages of small corpora in tests/golden/<case>/
// must equal expected/<page>.html. PVPP_UPDATE_EXPECTED=1 rewrites them for review.
#include <doctest/doctest.h>

#include "golden_files.h"
#include "test_site.h"

#include <algorithm>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <sstream>

#include "load/corpus_loader.h"
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
    RenderConfig config{PVPP_SOURCE_DIR, "default", {}};
    fs::path out = fs::temp_directory_path() / ("pvpp-golden-" + dir.filename().string());
    fs::remove_all(out);
    OutputFolder folder(out.string());
    SiteRenderer().render(RenderContext{corpus, index, config}, folder, diags);
    REQUIRE(diags.error_count() == 0);
    std::vector<std::string> seen;
    for (const auto& page : test::listed_lines(dir / "pages.txt")) {
        std::string actual = main_part(read_file(out / page / "index.html"));
        test::compare_expected(actual, dir / "expected" / (test::flat_name(page) + "main.html"), update, seen);
    }
    test::check_no_stale(dir / "expected", seen);
    fs::remove_all(out);
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
