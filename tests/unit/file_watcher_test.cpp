// The inotify watcher sees every way editors save, in folders made after it started,
// and leaves out their scratch files. Timeouts only bound a broken watcher; nothing is timed.
#include "util/file_watcher.h"

#include <doctest/doctest.h>

#include <algorithm>
#include <filesystem>
#include <fstream>

#include "scratch.h"

namespace fs = std::filesystem;
using pvpp::FileBurst;
using pvpp::FileWatcher;

namespace {

constexpr auto k_timeout = std::chrono::seconds(20);
constexpr auto k_quiet = std::chrono::milliseconds(40);

void write(const fs::path& p, const std::string& text) { std::ofstream(p, std::ios::binary) << text; }

fs::path fresh_root() {
    // Per process: other checkouts on the machine may run this test at the same time.
    fs::path root = pvpp::test::scratch_path("pvpp-watch-test");
    fs::remove_all(root);
    fs::create_directories(root / "content/tasks");
    fs::create_directories(root / "output");
    write(root / "content/tasks/PU2-1.toml", "code = \"PU2-1\"\n");
    return root;
}

bool has(const FileBurst& burst, const std::string& path) {
    return std::find(burst.paths.begin(), burst.paths.end(), path) != burst.paths.end();
}

}  // namespace

TEST_CASE("the watcher sees saves written in place, by rename, and by delete and create") {
    fs::path root = fresh_root();
    FileWatcher watcher(root.string(), {"content", "data", "themes"});
    std::string error;
    REQUIRE(watcher.ok(error));

    write(root / "content/tasks/PU2-1.toml", "code = \"PU2-1\"\nname = \"x\"\n");
    CHECK(has(watcher.wait_for_burst(k_timeout, k_quiet), "content/tasks/PU2-1.toml"));

    write(root / "content/tasks/.PU2-1.toml.swp", "scratch");
    write(root / "content/tasks/PU2-1.toml~", "backup");
    write(root / "content/tasks/4913", "");
    fs::remove(root / "content/tasks/4913");
    write(root / "content/tasks/PU2-1.toml.new", "code = \"PU2-1\"\n");
    fs::rename(root / "content/tasks/PU2-1.toml.new", root / "content/tasks/PU2-1.toml");
    FileBurst renamed = watcher.wait_for_burst(k_timeout, k_quiet);
    CHECK(has(renamed, "content/tasks/PU2-1.toml"));
    CHECK_FALSE(has(renamed, "content/tasks/.PU2-1.toml.swp"));
    CHECK_FALSE(has(renamed, "content/tasks/PU2-1.toml~"));
    CHECK_FALSE(has(renamed, "content/tasks/4913"));

    fs::remove(root / "content/tasks/PU2-1.toml");
    write(root / "content/tasks/PU2-1.toml", "code = \"PU2-1\"\n");
    CHECK(has(watcher.wait_for_burst(k_timeout, k_quiet), "content/tasks/PU2-1.toml"));
    fs::remove_all(root);
}

TEST_CASE("the watcher follows new folders, and ignores folders it does not watch") {
    fs::path root = fresh_root();
    FileWatcher watcher(root.string(), {"content", "data", "themes"});

    fs::create_directories(root / "content/pages/deep");
    CHECK(has(watcher.wait_for_burst(k_timeout, k_quiet), "content/pages"));
    write(root / "content/pages/deep/a.md", "+++\n+++\n");
    CHECK(has(watcher.wait_for_burst(k_timeout, k_quiet), "content/pages/deep/a.md"));

    fs::create_directories(root / "data");  // a watched folder that did not exist at the start
    CHECK(has(watcher.wait_for_burst(k_timeout, k_quiet), "data"));
    write(root / "data/site.toml", "title = \"x\"\n");
    CHECK(has(watcher.wait_for_burst(k_timeout, k_quiet), "data/site.toml"));

    write(root / "output/index.html", "built");
    CHECK(watcher.wait_for_burst(std::chrono::milliseconds(200), k_quiet).paths.empty());
    fs::remove_all(root);
}

TEST_CASE("waiting for a burst stops when the interrupt descriptor is readable") {
    fs::path root = fresh_root();
    FileWatcher watcher(root.string(), {"content"});
    int pipe_fds[2];
    REQUIRE(::pipe(pipe_fds) == 0);
    REQUIRE(::write(pipe_fds[1], "x", 1) == 1);
    FileBurst burst = watcher.wait_for_burst(std::chrono::hours(1), k_quiet, pipe_fds[0]);
    CHECK(burst.interrupted);
    CHECK(burst.paths.empty());
    ::close(pipe_fds[0]);
    ::close(pipe_fds[1]);
    fs::remove_all(root);
}

TEST_CASE("editor scratch files are recognised by name") {
    for (const char* name : {".PU2-1.toml.swp", ".#PU2-1.toml", "#PU2-1.toml#", "PU2-1.toml~", "4913",
                             "PU2-1.toml___jb_tmp___", ".goutputstream-ABC123"}) {
        CHECK_MESSAGE(pvpp::is_editor_scratch(name), name);
    }
    for (const char* name : {"PU2-1.toml", "terms.toml", "page.md", "style.css"}) {
        CHECK_FALSE_MESSAGE(pvpp::is_editor_scratch(name), name);
    }
}
