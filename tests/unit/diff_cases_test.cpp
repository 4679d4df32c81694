// `pvpp diff` on pairs of small corpora: tests/diff/<case>/{old,new} are laid over the
// small golden corpus (tests/golden/small, then tests/diff/base); the terminal report must
// equal expected.txt and the HTML report expected.html. PVPP_UPDATE_EXPECTED=1 rewrites them.
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
    fs::path work = fs::temp_directory_path() / ("pvpp-diff-" + name);
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
        check_expected(entry.path() / "expected.html", without(read_file(work / "out/izmainas/index.html"), work.string() + "/"),
                       update);
        fs::remove_all(work);
    }
    CHECK(cases >= 5);
}
