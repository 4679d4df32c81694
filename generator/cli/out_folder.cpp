#include "cli/out_folder.h"

#include <algorithm>
#include <filesystem>

#include "cli/commands.h"
#include "util/message.h"

namespace pvpp {
namespace {

namespace fs = std::filesystem;

// The first entry at the top of an existing out that pvpp did not make, or "".
std::string foreign_entry(const fs::path& out) {
    std::error_code ec;
    if (!fs::is_directory(fs::symlink_status(out, ec))) { return ""; }
    std::string first;
    for (const auto& e : fs::directory_iterator(out, ec)) {
        std::string name = e.path().filename().string();
        if (!is_pvpp_output_name(name) && (first.empty() || name < first)) { first = name; }
    }
    return first;
}

fs::path resolved(const std::string& path) {
    std::error_code ec;
    fs::path full = fs::weakly_canonical(fs::absolute(path, ec), ec);
    return full.has_filename() ? full : full.parent_path();  // "out/" names the folder out
}

}  // namespace

bool within_folder(const std::string& inner, const std::string& outer) {
    fs::path rel = resolved(inner).lexically_relative(resolved(outer));
    return !rel.empty() && *rel.begin() != "..";
}

bool is_pvpp_output_name(const std::string& name) {
    // The folders the renderers say they own, and those the other commands write.
    std::vector<std::string> folders = renderer_folders();
    for (auto& f : command_folders()) { folders.push_back(std::move(f)); }
    if (std::find(folders.begin(), folders.end(), name) != folders.end()) { return true; }
    return name.starts_with(".pvpp") || (name.starts_with(".") && name.ends_with(".pvpp-new"));
}

std::string out_folder_problem(const std::string& root, const std::string& out) {
    std::error_code ec;
    if (fs::is_symlink(fs::symlink_status(out, ec))) {
        return fill(_("--out {1} is a symbolic link; the build replaces the whole output folder, so name the "
                      "folder itself: --out {2}"),
                    {out, fs::read_symlink(out, ec).string()});
    }
    if (within_folder(root, out)) {
        return fill(_("--out {1} would replace the project root {2} and everything in it; name a folder of its "
                      "own, such as {3}"),
                    {out, root, root == "." ? std::string("output") : root + "/output"});
    }
    for (const char* corpus : {"content", "data", "themes"}) {
        if (within_folder(out, root + "/" + corpus)) {
            return fill(_("--out {1} lies inside {2}/ of the project: the build would replace corpus files; name "
                          "a folder of its own"),
                        {out, corpus});
        }
    }
    if (std::string entry = foreign_entry(resolved(out)); !entry.empty()) {
        return fill(_("--out {1} holds '{2}', which pvpp did not make: a build removes from its output folder "
                      "whatever it did not write, so name a new or empty folder (or move '{2}' away)"),
                    {out, entry});
    }
    return "";
}

}  // namespace pvpp
