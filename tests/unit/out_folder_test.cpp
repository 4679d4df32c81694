// A build replaces its output folder whole, so --out may not name the project, a folder
// of the corpus, or a symbolic link.
#include "cli/out_folder.h"

#include <doctest/doctest.h>

#include <filesystem>
#include <fstream>
#include <sstream>

#include "cli/commands.h"
#include "scratch.h"

namespace fs = std::filesystem;
using pvpp::out_folder_problem;

namespace {

fs::path scratch_project() {
    fs::path root = pvpp::test::scratch_path("pvpp-out-folder-test");
    fs::remove_all(root);
    fs::create_directories(root / "content");
    std::ofstream(root / "content/terms.toml") << "[[term]]\nid = \"pakalpojums\"\nname = \"Pakalpojums\"\n";
    return root;
}

}  // namespace

TEST_CASE("--out may be a folder of its own") {
    fs::path root = scratch_project();
    CHECK(out_folder_problem(root.string(), (root / "output").string()).empty());
    CHECK(out_folder_problem(root.string(), (root.parent_path() / "elsewhere").string()).empty());
    fs::remove_all(root);
}

TEST_CASE("--out may not be the project root or a folder holding it") {
    fs::path root = scratch_project();
    CHECK(out_folder_problem(root.string(), root.string()).find("aizstātu projekta sakni") != std::string::npos);
    CHECK_FALSE(out_folder_problem(root.string(), root.string() + "/").empty());
    CHECK_FALSE(out_folder_problem(root.string(), root.parent_path().string()).empty());
    CHECK_FALSE(out_folder_problem(root.string(), (root / "content/..").string()).empty());
    fs::remove_all(root);
}

TEST_CASE("--out may not lie inside content/, data/ or themes/") {
    fs::path root = scratch_project();
    for (const char* sub : {"content", "content/pages", "data/x", "themes/default"}) {
        CAPTURE(sub);
        CHECK(out_folder_problem(root.string(), (root / sub).string()).find("korpusa failus") != std::string::npos);
    }
    fs::remove_all(root);
}

TEST_CASE("--out may not be a symbolic link, and the build leaves its target alone") {
    fs::path root = scratch_project();
    fs::create_directories(root.parent_path() / "pvpp-out-target");
    std::ofstream(root.parent_path() / "pvpp-out-target/keep.txt") << "keep";
    fs::create_directory_symlink(root.parent_path() / "pvpp-out-target", root / "output");
    CHECK(out_folder_problem(root.string(), (root / "output").string()).find("simboliska saite") != std::string::npos);
    std::ostringstream out, err;
    int status = pvpp::run_cli({"build", "--root", root.string(), "--out", (root / "output").string()}, out, err);
    CHECK(status == 2);
    CHECK(fs::is_symlink(root / "output"));
    CHECK(fs::exists(root.parent_path() / "pvpp-out-target/keep.txt"));
    fs::remove_all(root.parent_path() / "pvpp-out-target");
    fs::remove_all(root);
}

TEST_CASE("a build with --out at the project root is refused and the corpus stays") {
    fs::path root = scratch_project();
    std::ostringstream out, err;
    CHECK(pvpp::run_cli({"build", "--root", root.string(), "--out", root.string()}, out, err) == 2);
    CHECK(fs::exists(root / "content/terms.toml"));
    fs::remove_all(root);
}

TEST_CASE("--out may not be a folder holding files pvpp did not make, and they stay") {
    fs::path root = scratch_project();
    fs::path docs = root.parent_path() / "pvpp-out-documents";
    fs::remove_all(docs);
    fs::create_directories(docs / "site");
    std::ofstream(docs / "vestule.odt") << "keep";
    std::string problem = out_folder_problem(root.string(), docs.string());
    CHECK(problem.find("satur 'vestule.odt', ko nav izveidojis pvpp") != std::string::npos);
    std::ostringstream out, err;
    CHECK(pvpp::run_cli({"build", "--root", root.string(), "--out", docs.string()}, out, err) == 2);
    CHECK(fs::exists(docs / "vestule.odt"));
    fs::remove_all(docs);
    fs::remove_all(root);
}

TEST_CASE("--out may hold what pvpp makes there: its folders, the diff report, its working files") {
    fs::path root = scratch_project();
    for (const char* name : {"site", "xlsx", "cards", "data", "publish", "izmainas", ".pvpp-cache", ".site.pvpp-new"}) {
        fs::create_directories(root / "output" / name);
    }
    CHECK(out_folder_problem(root.string(), (root / "output").string()).empty());
    fs::remove_all(root);
}

TEST_CASE("every renderer's folder is one an output folder may hold") {
    for (const auto& name : pvpp::renderer_folders()) {
        CAPTURE(name);
        CHECK(pvpp::is_pvpp_output_name(name));
    }
    CHECK(pvpp::is_pvpp_output_name("review"));  // `pvpp build --review` writes the review edition there
    CHECK_FALSE(pvpp::is_pvpp_output_name("Documents"));
    CHECK_FALSE(pvpp::is_pvpp_output_name(".bashrc"));
}
