// Golden test of the CMS fragments: for each tests/golden/<case>/ with a publish.txt, the
// fragments it names (paths below output/publish/) must equal expected-publish/<path>.
// PVPP_UPDATE_EXPECTED=1 rewrites them (make golden-update); review the diff like code.
#include <doctest/doctest.h>

#include <cstdlib>
#include <filesystem>

#include "golden_files.h"
#include "render/publish/publish_renderer.h"

using namespace pvpp;
namespace fs = std::filesystem;

namespace {

void check_case(const fs::path& dir, bool update) {
    DiskFileSystem files(dir.string());
    auto site = test::load_site(files);
    REQUIRE(site->diags.error_count() == 0);
    site->config.edition = Edition::public_;  // what the editor pastes into the CMS
    site->config.moved = moved_pages(Edition::public_, site->corpus);
    OutputFolder folder("publish");
    PublishRenderer().render(site->context(), folder, site->diags);
    REQUIRE(site->diags.error_count() == 0);
    std::vector<std::string> seen;
    for (const auto& name : test::listed_lines(dir / "publish.txt")) {
        const std::string* actual = folder.find(name);
        test::compare_expected(actual ? *actual : "", dir / "expected-publish" / test::flat_name(name), update, seen);
    }
    test::check_no_stale(dir / "expected-publish", seen);
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
