// Golden test of the CMS fragments: for each tests/golden/<case>/ with a publish.txt, the
// fragments it names (paths below output/publish/) must equal expected-publish/<path>.
// PVPP_UPDATE_EXPECTED=1 rewrites them (make golden-update); review the diff like code.
#include <doctest/doctest.h>

#include <algorithm>
#include <cstdlib>
#include <filesystem>
#include <fstream>

#include "render/publish/publish_renderer.h"
#include "test_site.h"
#include "util/text.h"

using namespace pvpp;
namespace fs = std::filesystem;

namespace {

std::vector<std::string> listed_files(const fs::path& file) {
    std::vector<std::string> names;
    std::string text = test::read_file(file);
    for (auto line : split_lines(text)) {
        line = trim(line);
        if (!line.empty() && line.front() != '#') { names.emplace_back(line); }
    }
    return names;
}

std::string expected_name(std::string path) {
    std::replace(path.begin(), path.end(), '/', '_');
    return path;
}

void check_case(const fs::path& dir, bool update) {
    DiskFileSystem files(dir.string());
    auto site = test::load_site(files);
    REQUIRE(site->diags.error_count() == 0);
    fs::path out = fs::temp_directory_path() / ("pvpp-publish-golden-" + dir.filename().string());
    fs::remove_all(out);
    OutputFolder folder(out.string());
    PublishRenderer().render(site->context(), folder, site->diags);
    REQUIRE(site->diags.error_count() == 0);
    fs::path expected_dir = dir / "expected-publish";
    std::vector<std::string> expected_files;
    for (const auto& name : listed_files(dir / "publish.txt")) {
        std::string actual = test::read_file(out / name);
        fs::path expected = expected_dir / expected_name(name);
        expected_files.push_back(expected.filename().string());
        if (update) {
            fs::create_directories(expected_dir);
            std::ofstream(expected, std::ios::binary) << actual;
        }
        CAPTURE(name);
        CHECK_FALSE(actual.empty());
        CHECK(actual == test::read_file(expected));
    }
    std::error_code ec;
    for (fs::directory_iterator it(expected_dir, ec), end; !ec && it != end; it.increment(ec)) {
        const fs::directory_entry& e = *it;
        CAPTURE(e.path().filename().string());
        CHECK(std::find(expected_files.begin(), expected_files.end(), e.path().filename().string()) != expected_files.end());
    }
    fs::remove_all(out);
}

}  // namespace

TEST_CASE("golden publish fragments: each listed fragment equals its expected file") {
    bool update = std::getenv("PVPP_UPDATE_EXPECTED") != nullptr;
    int cases = 0;
    for (const auto& entry : fs::directory_iterator(fs::path(PVPP_SOURCE_DIR) / "tests" / "golden")) {
        if (!fs::exists(entry.path() / "publish.txt")) { continue; }
        ++cases;
        check_case(entry.path(), update);
    }
    CHECK(cases >= 1);
}
