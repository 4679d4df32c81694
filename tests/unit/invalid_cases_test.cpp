// Runs pvpp on every tests/invalid/<case>/ (and every slip of tests/warnings/<case>/, which
// still checks with exit status 0) and compares its diagnostics with expected.txt word for
// word. PVPP_UPDATE_EXPECTED=1 rewrites the files (review the diff like code).
//
// A case runs `pvpp check` unless it holds args.txt (e.g. "build --theme broken"; a build
// writes to a temporary folder, shown as OUT). grow.txt lines "PATH BYTES" make a file that
// large at run time, in a copy of the case, so that no huge file is committed. A case whose
// input only earns warnings (a value with no source) says its exit status in status.txt.
#include <doctest/doctest.h>

#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <sstream>

#include "cli/commands.h"
#include "scratch.h"
#include "test_site.h"
#include "util/message.h"

namespace fs = std::filesystem;
using pvpp::test::read_file;

namespace {

// Diagnostics print paths under the root as given; the expected files hold them root-relative.
std::string replaced(std::string text, const std::string& from, const std::string& to) {
    for (std::size_t at = 0; (at = text.find(from, at)) != std::string::npos; at += to.size()) {
        text.replace(at, from.size(), to);
    }
    return text;
}

std::vector<std::string> words_of(const fs::path& file) {
    std::vector<std::string> words;
    std::istringstream in(fs::exists(file) ? read_file(file) : "check");
    for (std::string w; in >> w;) { words.push_back(w); }
    return words;
}

// Pads each file named in grow.txt with blank lines up to its size.
void grow_files(const fs::path& root, const fs::path& spec) {
    std::istringstream in(read_file(spec));
    std::string path;
    std::uintmax_t bytes = 0;
    while (in >> path >> bytes) {
        std::ofstream out(root / path, std::ios::binary | std::ios::app);
        std::string block(1 << 20, '\n');
        for (std::uintmax_t size = fs::file_size(root / path); size < bytes; size += block.size()) {
            out.write(block.data(), static_cast<std::streamsize>(std::min<std::uintmax_t>(block.size(), bytes - size)));
        }
    }
}

struct CaseRun {
    int status = 0;
    std::string out, err;
};

CaseRun run_case(const fs::path& dir, const fs::path& scratch) {
    fs::path root = dir;
    if (fs::exists(dir / "grow.txt")) {
        root = scratch / "root";
        fs::copy(dir, root, fs::copy_options::recursive | fs::copy_options::copy_symlinks);
        grow_files(root, dir / "grow.txt");
    }
    std::vector<std::string> args = words_of(dir / "args.txt");
    args.insert(args.end(), {"--root", root.string()});
    if (args.front() == "build") { args.insert(args.end(), {"--out", (scratch / "out").string()}); }
    std::ostringstream out, err;
    CaseRun run;
    run.status = pvpp::run_cli(args, out, err);
    run.err = replaced(replaced(err.str(), root.string() + "/", ""), (scratch / "out").string(), "OUT");
    run.out = out.str();
    return run;
}

}  // namespace

// Runs every case folder under tests/<folder>/ in a fresh scratch folder; PVPP_UPDATE_EXPECTED=1
// rewrites each expected.txt from what pvpp printed. Returns how many cases ran.
template <typename Check>
int for_each_case(const std::string& folder, const Check& check) {
    fs::path base = fs::path(PVPP_SOURCE_DIR) / "tests" / folder;
    fs::path scratch = pvpp::test::scratch_path("pvpp-" + folder);
    bool update = std::getenv("PVPP_UPDATE_EXPECTED") != nullptr;
    int cases = 0;
    for (const auto& entry : fs::directory_iterator(base)) {
        if (!entry.is_directory()) { continue; }
        ++cases;
        fs::remove_all(scratch);
        fs::create_directories(scratch);
        CaseRun run = run_case(entry.path(), scratch);
        fs::path expected_file = entry.path() / "expected.txt";
        if (update) { std::ofstream(expected_file, std::ios::binary) << run.err; }
        CAPTURE(entry.path().string());
        CHECK(run.err == read_file(expected_file));
        check(entry.path(), run);
    }
    fs::remove_all(scratch);
    return cases;
}

TEST_CASE("every invalid corpus gets its exact diagnostics and exit status 1") {
    int cases = for_each_case("invalid", [](const fs::path& dir, const CaseRun& run) {
        int status = fs::exists(dir / "status.txt") ? std::stoi(read_file(dir / "status.txt")) : 1;
        CHECK(run.status == status);
        if (status == 1 && words_of(dir / "args.txt").front() == "check") { CHECK(run.out.empty()); }
    });
    CHECK(cases >= 64);
}

TEST_CASE("every slip gets its exact warnings, no error, and exit status 0") {
    // In the language the run printed (the tests run in Latvian): no error line, some warning.
    const std::string error_line = std::string(": ") + _("error") + ": ";
    int cases = for_each_case("warnings", [&](const fs::path&, const CaseRun& run) {
        CHECK(run.status == 0);
        CHECK(run.err.find(error_line) == std::string::npos);
        CHECK(run.err.find(std::string(": ") + _("warning") + ": ") != std::string::npos);
    });
    CHECK(cases >= 5);
}
