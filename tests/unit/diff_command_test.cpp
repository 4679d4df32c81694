// `pvpp diff` on pairs of small corpora: tests/diff/<case>/{old,new} are laid over the
// small golden corpus (tests/golden/small, then tests/diff/base); the terminal report must
// equal expected.txt and the <main> of the HTML report expected.main.html.
// PVPP_UPDATE_EXPECTED=1 rewrites them. Also: exit status, what is written, broken corpora.
#include <doctest/doctest.h>

#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <set>
#include <sstream>

#include "cli/commands.h"
#include "scratch.h"
#include "test_site.h"

namespace fs = std::filesystem;
using pvpp::test::read_file;

namespace {

const fs::path k_source = PVPP_SOURCE_DIR;

void overlay(const fs::path& from, const fs::path& to) {
    if (fs::exists(from)) { fs::copy(from, to, fs::copy_options::recursive | fs::copy_options::overwrite_existing); }
}

// The small corpus, the diff base, then the case's own files for one side.
fs::path make_corpus(const fs::path& case_dir, const std::string& side, const fs::path& work) {
    fs::path root = work / side;
    fs::create_directories(root);
    overlay(k_source / "tests" / "golden" / "small" / "content", root / "content");
    overlay(k_source / "tests" / "golden" / "small" / "data", root / "data");
    overlay(k_source / "tests" / "diff" / "base", root);
    overlay(case_dir / side, root);
    return root;
}

std::string without(std::string text, const std::string& prefix) {
    for (std::size_t at; (at = text.find(prefix)) != std::string::npos;) { text.erase(at, prefix.size()); }
    return text;
}

struct DiffRun {
    int status = 0;
    std::string out, err;
};

DiffRun run_diff(const fs::path& work, const std::vector<std::string>& extra = {}) {
    std::vector<std::string> args = {"diff", (work / "old").string(), (work / "new").string(), "--root",
                                     k_source.string(), "--out", (work / "out").string()};
    args.insert(args.end(), extra.begin(), extra.end());
    std::ostringstream out, err;
    int status = pvpp::run_cli(args, out, err);
    return {status, without(out.str(), work.string() + "/"), without(err.str(), work.string() + "/")};
}

void check_expected(const fs::path& file, const std::string& actual, bool update) {
    if (update) { std::ofstream(file, std::ios::binary) << actual; }
    CAPTURE(file.string());
    CHECK(actual == read_file(file));
}

fs::path fresh_work_dir(const std::string& name) {
    fs::path work = pvpp::test::scratch_path("pvpp-diff-" + name);
    fs::remove_all(work);
    return work;
}

}  // namespace

TEST_CASE("golden diff cases: terminal report and HTML report of each pair of corpora") {
    bool update = std::getenv("PVPP_UPDATE_EXPECTED") != nullptr;
    int cases = 0;
    for (const auto& entry : fs::directory_iterator(k_source / "tests" / "diff")) {
        if (!entry.is_directory() || entry.path().filename() == "base") { continue; }
        ++cases;
        fs::path work = fresh_work_dir(entry.path().filename().string());
        make_corpus(entry.path(), "old", work);
        make_corpus(entry.path(), "new", work);
        DiffRun run = run_diff(work);
        CAPTURE(entry.path().string());
        CHECK(run.status == 0);
        CHECK(run.err.empty());
        check_expected(entry.path() / "expected.txt", run.out, update);
        std::string html = without(read_file(work / "out/izmainas/index.html"), work.string() + "/");
        check_expected(entry.path() / "expected.main.html", pvpp::test::main_part(html), update);
        // The page works under a strict Content-Security-Policy: no script, no inline style.
        CHECK(html.find("<link rel=\"stylesheet\" href=\"izmainas.css\">") != std::string::npos);
        for (const char* banned : {"<script", "<style", " style="}) { CHECK(html.find(banned) == std::string::npos); }
        fs::remove_all(work);
    }
    CHECK(cases >= 5);
}

TEST_CASE("pvpp diff with --exit-code exits 3 when something changed and 0 when nothing did") {
    fs::path work = fresh_work_dir("exit-code");
    fs::path changed = k_source / "tests" / "diff" / "matrix-cell";
    make_corpus(changed, "old", work);
    make_corpus(changed, "new", work);
    CHECK(run_diff(work, {"--exit-code"}).status == 3);
    CHECK(run_diff(work).status == 0);
    fs::remove_all(work / "new");
    fs::copy(work / "old", work / "new", fs::copy_options::recursive);
    CHECK(run_diff(work, {"--exit-code"}).status == 0);
    fs::remove_all(work);
}

TEST_CASE("pvpp diff replaces only OUT/izmainas/ and leaves the rest of OUT alone") {
    fs::path work = fresh_work_dir("only-izmainas");
    make_corpus(k_source / "tests" / "diff" / "matrix-cell", "old", work);
    make_corpus(k_source / "tests" / "diff" / "matrix-cell", "new", work);
    fs::create_directories(work / "out/site");
    std::ofstream(work / "out/site/index.html") << "vietne";
    fs::create_directories(work / "out/izmainas");
    std::ofstream(work / "out/izmainas/stale.html") << "vecs";
    REQUIRE(run_diff(work).status == 0);
    CHECK(read_file(work / "out/site/index.html") == "vietne");
    CHECK_FALSE(fs::exists(work / "out/izmainas/stale.html"));
    std::set<std::string> names;
    for (const auto& e : fs::directory_iterator(work / "out")) { names.insert(e.path().filename().string()); }
    CHECK(names == std::set<std::string>{"izmainas", "site"});  // no staging folder left behind
    CHECK(fs::exists(work / "out/izmainas/style.css"));
    CHECK(fs::exists(work / "out/izmainas/izmainas.css"));
    fs::remove_all(work);
}

TEST_CASE("pvpp diff stops with the diagnostics of a broken corpus and writes nothing") {
    fs::path work = fresh_work_dir("broken");
    fs::create_directories(work);
    fs::copy(k_source / "tests" / "invalid" / "broken-toml", work / "old", fs::copy_options::recursive);
    make_corpus(k_source / "tests" / "diff" / "unchanged", "new", work);
    DiffRun run = run_diff(work);
    CHECK(run.status == 1);
    CHECK(run.out.empty());
    CHECK(run.err.find("old/content/") != std::string::npos);
    CHECK(run.err.find(": kļūda: ") != std::string::npos);
    CHECK(run.err.find("nekas nav ierakstīts") != std::string::npos);
    CHECK_FALSE(fs::exists(work / "out"));
    fs::remove_all(work);
}

TEST_CASE("pvpp diff without the earlier corpus is a usage error") {
    std::ostringstream out, err;
    CHECK(pvpp::run_cli({"diff"}, out, err) == 2);
    CHECK(err.str() == "pvpp: komandai diff jānorāda iepriekšējā korpusa mape (pvpp diff VECĀ [JAUNĀ])\n");
    CHECK(pvpp::run_cli({"diff", "a", "b", "c"}, out, err) == 2);
}
