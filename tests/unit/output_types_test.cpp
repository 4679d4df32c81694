// `pvpp serve` must send a real media type for every file a build writes: the types are
// checked against what the renderers actually produce, not against a second list.
#include <doctest/doctest.h>

#include <filesystem>
#include <set>
#include <sstream>

#include "cli/commands.h"
#include "cli/serve/content_types.h"
#include "scratch.h"

namespace fs = std::filesystem;

namespace {

// The extensions of every file a build of root writes (pvpp's own working files aside).
std::set<std::string> built_extensions(const std::string& root) {
    fs::path out = pvpp::test::scratch_path("pvpp-output-types");
    fs::remove_all(out);
    std::ostringstream log, err;
    REQUIRE(pvpp::run_cli({"build", "--root", root, "--out", out.string()}, log, err) == 0);
    std::set<std::string> found;
    for (const auto& e : fs::recursive_directory_iterator(out)) {
        std::string rel = fs::relative(e.path(), out).string();
        if (e.is_regular_file() && !rel.starts_with(".pvpp")) { found.insert(e.path().extension().string()); }
    }
    fs::remove_all(out);
    return found;
}

}  // namespace

TEST_CASE("serve knows the media type of every file a build writes") {
    for (const auto& root : {std::string(PVPP_SOURCE_DIR), std::string(PVPP_SOURCE_DIR) + "/tests/golden/content-folder"}) {
        std::set<std::string> extensions = built_extensions(root);
        CHECK(extensions.count(".html") == 1);
        for (const auto& ext : extensions) {
            CAPTURE(root);
            CAPTURE(ext);
            CHECK(pvpp::content_type_for("file" + ext) != "application/octet-stream");
        }
    }
    // The cards' PDFs are printed after the renderers (cli/card_pdfs.cpp), when Chromium is there.
    CHECK(pvpp::content_type_for("kartites/PU2-10.pdf") == "application/pdf");
}
