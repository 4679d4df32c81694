#include "cli/out_folder.h"

#include <filesystem>

namespace pvpp {
namespace {

namespace fs = std::filesystem;

fs::path resolved(const std::string& path) {
    std::error_code ec;
    fs::path full = fs::weakly_canonical(fs::absolute(path, ec), ec);
    return full.has_filename() ? full : full.parent_path();  // "out/" names the folder out
}

// True when inner is outer or lies below it.
bool within(const fs::path& inner, const fs::path& outer) {
    fs::path rel = inner.lexically_relative(outer);
    return !rel.empty() && *rel.begin() != "..";
}

}  // namespace

std::string out_folder_problem(const std::string& root, const std::string& out) {
    std::error_code ec;
    if (fs::is_symlink(fs::symlink_status(out, ec))) {
        return "--out " + out +
               " is a symbolic link; the build replaces the whole output folder, so name the "
               "folder itself: --out " +
               fs::read_symlink(out, ec).string();
    }
    fs::path o = resolved(out);
    fs::path r = resolved(root);
    if (within(r, o)) {
        return "--out " + out + " would replace the project root " + root +
               " and everything in it; "
               "name a folder of its own, such as " +
               (root == "." ? std::string("output") : root + "/output");
    }
    for (const char* corpus : {"content", "data", "themes"}) {
        if (within(o, resolved((r / corpus).string()))) {
            return "--out " + out + " lies inside " + corpus +
                   "/ of the project: the build would replace "
                   "corpus files; name a folder of its own";
        }
    }
    return "";
}

}  // namespace pvpp
