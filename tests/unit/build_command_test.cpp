// `pvpp build` end to end on a temporary project: success replaces output/,
// failure leaves the previous output/ exactly as it was.
#include <doctest/doctest.h>

#include <filesystem>
#include <fstream>
#include <sstream>

#include "cli/commands.h"

namespace fs = std::filesystem;

namespace {

void write(const fs::path& p, const std::string& text) {
    fs::create_directories(p.parent_path());
    std::ofstream(p, std::ios::binary) << text;
}

// A small valid project with the real default theme.
fs::path make_project(const std::string& name) {
    fs::path root = fs::temp_directory_path() / name;
    fs::remove_all(root);
    write(root / "content/roles.toml", "[[role]]\nnumber = 5\nid = \"pakalpojuma-saimnieks\"\nname = \"Pakalpojuma saimnieks\"\n");
    write(root / "content/tasks/PU2-1.toml", "code = \"PU2-1\"\nname = \"Plānošana\"\n[matrix]\npakalpojuma-saimnieks = \"A\"\n");
    fs::copy(fs::path(PVPP_SOURCE_DIR) / "themes", root / "themes", fs::copy_options::recursive);
    return root;
}

int build(const fs::path& root, std::string* err_text = nullptr) {
    pvpp::Options o;
    o.command = "build";
    o.root = root.string();
    o.out = (root / "output").string();
    std::ostringstream out, err;
    int status = pvpp::run_build(o, out, err);
    if (err_text) { *err_text = err.str(); }
    return status;
}

bool has_leftovers(const fs::path& root) {
    for (const auto& e : fs::directory_iterator(root)) {
        std::string n = e.path().filename().string();
        if (n.starts_with("output.tmp-") || n.starts_with("output.old-")) { return true; }
    }
    return false;
}

}  // namespace

TEST_CASE("a successful build writes the site and replaces the previous output") {
    fs::path root = make_project("pvpp-build-ok");
    write(root / "output/stale.txt", "old");
    CHECK(build(root) == 0);
    CHECK(fs::exists(root / "output/site/index.html"));
    CHECK(fs::exists(root / "output/site/lv/uzdevumi/pu2-1/index.html"));
    CHECK_FALSE(fs::exists(root / "output/stale.txt"));
    CHECK_FALSE(has_leftovers(root));
    fs::remove_all(root);
}

TEST_CASE("a content error leaves the previous output untouched") {
    fs::path root = make_project("pvpp-build-content-error");
    REQUIRE(build(root) == 0);
    write(root / "output/marker.txt", "previous build");
    write(root / "content/tasks/PU2-1.toml", "code = \"PU2-1\"\nname = \"Plānošana\"\n[matrix]\npakalpojuma-saimnieks = \"X\"\n");
    std::string err;
    CHECK(build(root, &err) == 1);
    CHECK(err.find("was not changed") != std::string::npos);
    CHECK(fs::exists(root / "output/marker.txt"));
    CHECK(fs::exists(root / "output/site/index.html"));
    CHECK_FALSE(has_leftovers(root));
    fs::remove_all(root);
}

TEST_CASE("a render error (missing theme template) leaves the previous output untouched") {
    fs::path root = make_project("pvpp-build-render-error");
    REQUIRE(build(root) == 0);
    write(root / "output/marker.txt", "previous build");
    fs::remove(root / "themes/default/templates/page.tpl");
    std::string err;
    CHECK(build(root, &err) == 1);
    CHECK(err.find("themes/default/templates/page.tpl: error: theme template is missing") != std::string::npos);
    CHECK(fs::exists(root / "output/marker.txt"));
    CHECK_FALSE(has_leftovers(root));
    fs::remove_all(root);
}

TEST_CASE("usage errors exit with 2, help and version with 0") {
    std::ostringstream out, err;
    CHECK(pvpp::run_cli({"frobnicate"}, out, err) == 2);
    CHECK(err.str().find("unknown argument 'frobnicate'") != std::string::npos);
    CHECK(pvpp::run_cli({}, out, err) == 2);
    CHECK(pvpp::run_cli({"check", "--root"}, out, err) == 2);
    CHECK(pvpp::run_cli({"--help"}, out, err) == 0);
    CHECK(out.str().find("pvpp check") != std::string::npos);
    CHECK(pvpp::run_cli({"--version"}, out, err) == 0);
}
