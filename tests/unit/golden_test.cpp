// Golden tests: the <main> of chosen pages of small corpora in tests/golden/<case>/
// must equal expected/<page>.html. PVPP_UPDATE_EXPECTED=1 rewrites them for review.
#include <doctest/doctest.h>

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

std::vector<std::string> listed_pages(const fs::path& file) {
    std::vector<std::string> pages;
    std::string text = read_file(file);  // the lines below view into it
    for (auto line : split_lines(text)) {
        line = trim(line);
        if (!line.empty() && line.front() != '#') { pages.emplace_back(line); }
    }
    return pages;
}

std::string expected_name(std::string page) {
    for (auto& c : page) { c = c == '/' ? '_' : c; }
    return page + "main.html";
}

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
    std::vector<std::string> expected_files;
    for (const auto& page : listed_pages(dir / "pages.txt")) {
        std::string actual = main_part(read_file(out / page / "index.html"));
        fs::path expected = dir / "expected" / expected_name(page);
        expected_files.push_back(expected.filename().string());
        if (update) {
            fs::create_directories(expected.parent_path());
            std::ofstream(expected, std::ios::binary) << actual;
        }
        CAPTURE(page);
        CHECK_FALSE(actual.empty());
        CHECK(actual == read_file(expected));
    }
    // An expected file no listed page produces is stale: it fails rather than passing unseen.
    for (const auto& e : fs::directory_iterator(dir / "expected")) {
        CAPTURE(e.path().filename().string());
        CHECK(std::find(expected_files.begin(), expected_files.end(), e.path().filename().string()) != expected_files.end());
    }
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
