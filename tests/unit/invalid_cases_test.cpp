// Runs `pvpp check` on every tests/invalid/<case>/ and compares its diagnostics
// with expected.txt word for word. PVPP_UPDATE_EXPECTED=1 rewrites the files
// (review the diff like code).
#include <doctest/doctest.h>

#include "test_site.h"

#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <sstream>

#include "cli/commands.h"

namespace fs = std::filesystem;
using pvpp::test::read_file;

namespace {

// Diagnostics print paths under the root as given; the expected files hold them root-relative.
std::string without_prefix(std::string text, const std::string& prefix) {
    for (std::size_t at; (at = text.find(prefix)) != std::string::npos;) { text.erase(at, prefix.size()); }
    return text;
}

}  // namespace

TEST_CASE("every invalid corpus gets its exact diagnostics and exit status 1") {
    fs::path base = fs::path(PVPP_SOURCE_DIR) / "tests" / "invalid";
    bool update = std::getenv("PVPP_UPDATE_EXPECTED") != nullptr;
    int cases = 0;
    for (const auto& entry : fs::directory_iterator(base)) {
        if (!entry.is_directory()) { continue; }
        ++cases;
        std::string root = entry.path().string();
        pvpp::Options options;
        options.command = "check";
        options.root = root;
        std::ostringstream out, err;
        int status = pvpp::run_check(options, out, err);
        std::string actual = without_prefix(err.str(), root + "/");
        fs::path expected_file = entry.path() / "expected.txt";
        if (update) { std::ofstream(expected_file, std::ios::binary) << actual; }
        CAPTURE(root);
        CHECK(status == 1);
        CHECK(actual == read_file(expected_file));
        CHECK(out.str().empty());
    }
    CHECK(cases >= 20);
}
