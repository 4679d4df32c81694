// Fuzz target: one corpus file from its bytes — the byte checks, front-matter
// splitting, TOML parsing and the record loaders — laid over the small golden
// corpus in place of the file it names, then validation and the diagnostics printer.
// Input: the file's path below the corpus root on the first line, its bytes after:
//   content/pages/plans.md\n+++\ntitle = "…"\n…
#include <cstdint>
#include <map>
#include <sstream>

#include "fuzz_support.h"
#include "load/corpus_loader.h"
#include "util/text.h"
#include "util/utf8.h"
#include "validate/validate.h"

namespace {

using namespace pvpp;

// The disk below a root with one file left out (the one the input replaces).
class WithoutFile : public DiskFileSystem {
public:
    WithoutFile(const std::string& root, std::string hidden) : DiskFileSystem(root), m_hidden(std::move(hidden)) {}
    FileRead read(const std::string& path, std::uintmax_t max_bytes) const override {
        return path == m_hidden ? FileRead{} : DiskFileSystem::read(path, max_bytes);
    }
    FolderList list(const std::string& dir) const override {
        FolderList folder = DiskFileSystem::list(dir);
        std::erase_if(folder.names, [&](const std::string& name) { return dir + "/" + name == m_hidden; });
        return folder;
    }

private:
    std::string m_hidden;
};

// The golden corpus without path, loaded once per path the fuzzer tries.
const Corpus& base_without(const std::string& path) {
    static std::map<std::string, Corpus> cache;
    auto it = cache.find(path);
    if (it == cache.end()) {
        if (cache.size() > 64) { cache.clear(); }  // task, card and page names are unbounded
        Diagnostics ignored;
        WithoutFile files(fuzz::source_dir() + "/tests/golden/small", path);
        it = cache.emplace(path, load_corpus(files, ignored)).first;
    }
    return it->second;
}

// A finding in the fuzzed file points inside it (a caret past the end misleads).
void check_position(const Diagnostic& d, const std::string& text) {
    auto lines = split_lines(text);
    const SourceLoc& loc = d.loc;
    fuzz::require(loc.line >= 0 && loc.line <= static_cast<int>(lines.size()) + 1, "line outside the file", d.message);
    fuzz::require(loc.column >= 0, "negative column", d.message);
    if (loc.line >= 1 && loc.line <= static_cast<int>(lines.size())) {
        int width = static_cast<int>(count_code_points(lines[loc.line - 1]));
        fuzz::require(loc.column <= width + 2, "column past the end of its line", d.message);
    }
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    std::string_view input(reinterpret_cast<const char*>(data), size);
    std::size_t newline = input.find('\n');
    if (newline == std::string_view::npos || newline > 100) { return -1; }
    std::string path(input.substr(0, newline));
    if (path.find('\0') != std::string::npos) { return -1; }  // no file name holds one
    std::string text(input.substr(newline + 1));
    Corpus corpus = base_without(path);
    Diagnostics diags;
    if (!load_file(path, text, diags, corpus)) { return -1; }
    validate(corpus, diags);
    std::ostringstream printed;
    print_diagnostics(printed, diags, "root/");
    for (const auto& d : diags.sorted()) {
        if (d.loc.file == path) { check_position(d, text); }
    }
    // Linux allows any bytes but NUL in a file name; only UTF-8 names and texts must give UTF-8 findings.
    bool clean_input = !first_invalid_utf8(path) && !first_invalid_utf8(text) && text.find('\0') == std::string::npos;
    fuzz::require(!clean_input || !first_invalid_utf8(printed.str()), "diagnostics are not valid UTF-8", printed.str());
    return 0;
}
