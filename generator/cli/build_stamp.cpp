#include "cli/build_stamp.h"

#include <sys/stat.h>
#include <unistd.h>

#include <algorithm>
#include <cstdio>
#include <filesystem>
#include <functional>
#include <vector>

#include "util/file_system.h"
#include "util/lemmatizer.h"

namespace pvpp {
namespace {

namespace fs = std::filesystem;

constexpr const char* k_magic = "pvpp-build-stamp 1";
constexpr const char* k_outputs = "outputs\n";

// What changes whenever a file's bytes do, as git's index and ninja see it: size, inode,
// and the modification and change times in nanoseconds (ctime cannot be set back by hand,
// and a save by rename gives a new inode). One lstat per file instead of reading it.
std::string stat_identity(const std::string& path) {
    struct stat st {};
    if (::lstat(path.c_str(), &st) != 0) { return "missing"; }
    return std::to_string(st.st_size) + " " + std::to_string(st.st_ino) + " " + std::to_string(st.st_mtim.tv_sec) +
           "." + std::to_string(st.st_mtim.tv_nsec) + " " + std::to_string(st.st_ctim.tv_sec) + "." +
           std::to_string(st.st_ctim.tv_nsec);
}

// Paths and identities of every file below the folders, hashed (std::hash: the stamp
// names this program too, so a different hash function only means one full build).
std::string digest_of(const std::vector<std::string>& folders) {
    std::size_t digest = 0;
    for (const auto& folder : folders) {
        for (const auto& f : files_below(folder)) {
            std::string path = folder + "/" + f;
            std::size_t h = std::hash<std::string_view>{}(path)*31 + std::hash<std::string>{}(stat_identity(path));
            digest = digest * 1099511628211ULL ^ h;
        }
    }
    char hex[24];
    std::snprintf(hex, sizeof hex, "%016zx", digest);
    return hex;
}

std::string absolute(const std::string& path) {
    std::error_code ec;
    return fs::absolute(path, ec).lexically_normal().string();
}

std::string self_path() {
    std::error_code ec;
    return fs::read_symlink("/proc/self/exe", ec).string();
}

// The files of out_dir but the cache (sorted, as files_below gives them), with size and
// modification time.
std::string manifest_of(const std::string& out_dir, const std::vector<std::string>& files) {
    std::string text;
    for (const auto& f : files) {
        if (f.starts_with(".pvpp-cache/")) { continue; }
        struct stat st {};
        if (::lstat((out_dir + "/" + f).c_str(), &st) != 0) { continue; }
        text += f + "\t" + std::to_string(st.st_size) + "\t" + std::to_string(st.st_mtim.tv_sec) + "." +
                std::to_string(st.st_mtim.tv_nsec) + "\n";
    }
    return text;
}

// The stamp: magic line, inputs, findings (length-prefixed: they span lines), then files.
std::string stamp_text(const std::string& inputs, const std::string& findings, const std::string& manifest) {
    return std::string(k_magic) + "\n" + inputs + "findings " + std::to_string(findings.size()) + "\n" + findings +
           k_outputs + manifest;
}

}  // namespace

std::string build_inputs(const Options& options, bool chromium) {
    std::string themes = fs::is_directory(options.root + "/themes") ? options.root + "/themes" : PVPP_THEME_DIR;
    std::string text = "program " + file_identity(self_path()) + "\n";
    text += "root " + absolute(options.root) + "\nout " + absolute(options.out) + "\ntheme " + options.theme +
            "\npdf " + std::to_string(options.pdf) + " chromium " + std::to_string(chromium) + " written-only " +
            std::to_string(options.cards_written_only) + " review " + std::to_string(options.review) + "\n";
    text += "dictionary " + file_identity(Lemmatizer::default_dictionary_dir() + "/lv_LV.aff") + " " +
            file_identity(Lemmatizer::default_dictionary_dir() + "/lv_LV.dic") + "\n";
    text += "digest " + digest_of({options.root + "/content", options.root + "/data", themes}) + "\n";
    return text;
}

bool build_is_current(const std::string& out_dir, const std::string& inputs, std::string& replay) {
    auto stamp = read_file_bytes(out_dir + "/" + k_build_stamp);
    std::string head = std::string(k_magic) + "\n" + inputs + "findings ";
    if (!stamp || !stamp->starts_with(head)) { return false; }
    std::size_t length = std::strtoul(stamp->c_str() + head.size(), nullptr, 10);
    std::size_t start = stamp->find('\n', head.size());
    if (start == std::string::npos || start + 1 + length > stamp->size()) { return false; }
    replay = stamp->substr(start + 1, length);
    std::string_view rest = std::string_view(*stamp).substr(start + 1 + length);
    return rest.starts_with(k_outputs) &&
           rest.substr(std::string_view(k_outputs).size()) == manifest_of(out_dir, files_below(out_dir));
}

void write_build_stamp(const std::string& out_dir, const std::string& inputs, const std::string& findings,
                       std::vector<std::string> files) {
    std::sort(files.begin(), files.end());
    files.erase(std::unique(files.begin(), files.end()), files.end());
    std::string text = stamp_text(inputs, findings, manifest_of(out_dir, files));
    std::string path = out_dir + "/" + k_build_stamp;
    auto old = read_file_bytes(out_dir + "/" + k_build_stamp);
    if (old && *old == text) { return; }
    std::error_code ec;
    fs::create_directories(fs::path(path).parent_path(), ec);
    std::string temp = path + ".pvpp-new";
    // Only a cache: one that cannot be written makes the next build a full one.
    if (!write_file_bytes(temp, text) || std::rename(temp.c_str(), path.c_str()) != 0) { std::remove(temp.c_str()); }
}

}  // namespace pvpp
