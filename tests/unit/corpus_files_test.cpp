// Files and folders that exist but cannot be read are reported, not skipped in silence.
// (The tests run as root on CI, where chmod cannot make a file unreadable: the memory
// file system stands in for the disk's refusal.)
#include <doctest/doctest.h>

#include <sstream>

#include "load/corpus_loader.h"
#include "util/file_system.h"

using namespace pvpp;

namespace {

std::string findings(const MemoryFileSystem& fs) {
    Diagnostics diags;
    load_corpus(fs, diags);
    std::ostringstream out;
    print_diagnostics(out, diags, "");
    return out.str();
}

}  // namespace

TEST_CASE("an unreadable content folder says so, and nothing is loaded from it") {
    MemoryFileSystem fs;
    fs.add("data/site.toml", "title = \"x\"\n");
    fs.fail("content", "Permission denied");
    CHECK(findings(fs) == "content: error: cannot read the folder: Permission denied\n1 error, 0 warnings\n");
}

TEST_CASE("an unreadable file and an unreadable tasks folder are both reported") {
    MemoryFileSystem fs;
    fs.add("content/roles.toml",
           "[[role]]\nnumber = 5\nid = \"pakalpojuma-saimnieks\"\nname = \"Pakalpojuma saimnieks\"\n");
    fs.fail("content/terms.toml", "Input/output error");
    fs.fail("content/tasks", "Permission denied");
    CHECK(findings(fs) ==
          "content/tasks: error: cannot read the folder: Permission denied\n"
          "content/terms.toml: error: cannot read the file: Input/output error\n2 errors, 0 warnings\n");
}

TEST_CASE("a file over 8 MiB is not parsed") {
    MemoryFileSystem fs;
    fs.add("content/terms.toml", std::string(8 * 1024 * 1024 + 1, '#'));
    CHECK(findings(fs) ==
          "content/terms.toml:1:1: error: file is 8388609 bytes; a corpus file may hold at most 8 MiB "
          "(8388608 bytes)\n1 error, 0 warnings\n");
}

TEST_CASE("a file of exactly 8 MiB is read") {
    MemoryFileSystem fs;
    std::string text = "[[term]]\nid = \"pakalpojums\"\nname = \"Pakalpojums\"\n";
    text.resize(8 * 1024 * 1024, '\n');
    fs.add("content/terms.toml", text);
    CHECK(findings(fs).empty());
}

TEST_CASE("a control character in a message is escaped, so every finding stays one line") {
    Diagnostics diags;
    diags.error({"content/pages/a\nb.md", 3, 8}, std::string("slug 'a\0b' is bad", 17));
    std::ostringstream out;
    print_diagnostics(out, diags, "");
    CHECK(out.str() == "content/pages/a\\nb.md:3:8: error: slug 'a\\u0000b' is bad\n1 error, 0 warnings\n");
}
