#include "util/file_system.h"

#include <dirent.h>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <cstdio>
#include <filesystem>
#include <system_error>

#include "util/message.h"

namespace pvpp {

// The header's default root name, marked here for the catalog (xgettext reads .cpp files).
[[maybe_unused]] const char* const k_default_root_name =
    N_("the project root (the corpus is read only from inside it)");

namespace fs = std::filesystem;

namespace {

FileRead failed(std::string reason) {
    FileRead r;
    r.outcome = FileRead::Outcome::failed;
    r.reason = std::move(reason);
    return r;
}

FileRead too_large(std::uintmax_t size) {
    FileRead r;
    r.outcome = FileRead::Outcome::too_large;
    r.size = size;
    return r;
}

std::string errno_text(int error) { return std::generic_category().message(error); }

bool is_missing(const std::error_code& ec) {
    return !ec || ec == std::errc::no_such_file_or_directory || ec == std::errc::not_a_directory;
}

// Reads at most max_bytes + 1 bytes, so a file that grows while it is read is caught too.
// The expected size is read straight into the string (one byte more, so the read that
// finds the end needs no growth): a content folder of 10,000 pages is read this way.
FileRead read_bytes(const fs::path& path, std::uintmax_t max_bytes, std::size_t expected) {
    // O_NONBLOCK: a file replaced by a FIFO after it was looked at must not block the open.
    int fd = ::open(path.c_str(), O_RDONLY | O_CLOEXEC | O_NONBLOCK);
    if (fd < 0) { return failed(errno_text(errno)); }
    struct stat st {};
    if (::fstat(fd, &st) != 0 || !S_ISREG(st.st_mode)) {
        ::close(fd);
        return failed(_("it is not a regular file"));
    }
    FileRead r;
    r.outcome = FileRead::Outcome::read;
    r.bytes.resize(std::min<std::uintmax_t>(expected, max_bytes) + 1);
    std::size_t at = 0;
    ssize_t n = 0;
    while (at <= max_bytes) {
        if (at == r.bytes.size()) { r.bytes.resize(std::min<std::uintmax_t>(r.bytes.size() * 2, max_bytes + 1)); }
        n = ::read(fd, r.bytes.data() + at, r.bytes.size() - at);
        if (n < 0 && errno == EINTR) { continue; }
        if (n <= 0) { break; }
        at += static_cast<std::size_t>(n);
    }
    int error = errno;
    ::close(fd);
    r.bytes.resize(at);
    if (n < 0) { return failed(errno_text(error)); }
    return r.bytes.size() > max_bytes ? too_large(r.bytes.size()) : r;
}

void collect_files(const std::string& dir, const std::string& rel, std::vector<std::string>& out) {
    DIR* d = ::opendir(dir.c_str());
    if (!d) { return; }
    std::vector<std::string> folders;
    while (dirent* e = ::readdir(d)) {
        std::string name = e->d_name;
        if (name == "." || name == "..") { continue; }
        bool folder = e->d_type == DT_DIR;
        if (e->d_type == DT_UNKNOWN) {
            struct stat st {};
            folder = ::lstat((dir + "/" + name).c_str(), &st) == 0 && S_ISDIR(st.st_mode);
        }
        (folder ? folders : out).push_back(folder ? name : rel + name);
    }
    ::closedir(d);
    for (const auto& f : folders) { collect_files(dir + "/" + f, rel + f + "/", out); }
}

}  // namespace

std::optional<std::string> read_file_bytes(const std::string& path) {
    struct stat st {};
    if (::stat(path.c_str(), &st) != 0 || !S_ISREG(st.st_mode)) { return std::nullopt; }
    FileRead r = read_bytes(path, UINTMAX_MAX - 1, static_cast<std::size_t>(st.st_size));
    if (r.outcome != FileRead::Outcome::read) { return std::nullopt; }
    return std::move(r.bytes);
}

bool write_file_bytes(const std::string& path, const std::string& bytes) {
    FILE* f = std::fopen(path.c_str(), "wb");
    if (!f) { return false; }
    bool ok = std::fwrite(bytes.data(), 1, bytes.size(), f) == bytes.size();
    return std::fclose(f) == 0 && ok;
}

std::string file_identity(const std::string& path) {
    struct stat st {};
    if (::stat(path.c_str(), &st) != 0) { return ""; }
    return path + ":" + std::to_string(st.st_size) + ":" + std::to_string(st.st_mtim.tv_sec) + "." +
           std::to_string(st.st_mtim.tv_nsec);
}

std::vector<std::string> files_below(const std::string& dir) {
    std::vector<std::string> files;
    collect_files(dir, "", files);
    std::sort(files.begin(), files.end());
    return files;
}

DiskFileSystem::DiskFileSystem(std::string root, std::string root_name)
    : m_root(std::move(root)), m_root_name(std::move(root_name)) {
    std::error_code ec;
    m_canonical_root = fs::canonical(m_root, ec).string();
}

void DiskFileSystem::allow_links_into(const std::string& dir) {
    std::error_code ec;
    if (std::string real = fs::canonical(dir, ec).string(); !ec) { m_canonical_also.push_back(real); }
}

std::string DiskFileSystem::outside_root(const std::string& path) const {
    std::error_code ec;
    fs::path resolved = fs::weakly_canonical(fs::path(m_root) / path, ec);
    if (ec) { return ec.message(); }
    auto below = [&](const std::string& top) {
        fs::path inside = resolved.lexically_relative(top);
        return !top.empty() && !inside.empty() && *inside.begin() != "..";
    };
    if (below(m_canonical_root) || std::any_of(m_canonical_also.begin(), m_canonical_also.end(), below)) { return ""; }
    return fill(_("it is a symbolic link that leads out of {1}"), {_(m_root_name.c_str())});
}

const std::string& DiskFileSystem::folder_outside_root(const std::string& dir) const {
    std::lock_guard<std::mutex> lock(m_folders_mutex);
    auto it = m_folders_outside.find(dir);
    if (it == m_folders_outside.end()) { it = m_folders_outside.emplace(dir, outside_root(dir)).first; }
    return it->second;
}

// The common case in three calls (lstat, open, read): a plain file in a folder whose
// place was checked once. A link, or anything unusual, takes the full way below.
FileRead DiskFileSystem::read(const std::string& path, std::uintmax_t max_bytes) const {
    std::string full = m_root + "/" + path;
    struct stat st {};
    if (::lstat(full.c_str(), &st) != 0 || !S_ISREG(st.st_mode)) { return read_linked(path, max_bytes); }
    std::size_t slash = path.rfind('/');
    if (!folder_outside_root(slash == std::string::npos ? "" : path.substr(0, slash)).empty()) {
        return read_linked(path, max_bytes);
    }
    if (static_cast<std::uintmax_t>(st.st_size) > max_bytes) {
        return too_large(static_cast<std::uintmax_t>(st.st_size));
    }
    return read_bytes(full, max_bytes, static_cast<std::size_t>(st.st_size));
}

FileRead DiskFileSystem::read_linked(const std::string& path, std::uintmax_t max_bytes) const {
    fs::path full = fs::path(m_root) / path;
    std::error_code ec;
    fs::file_status status = fs::status(full, ec);
    if (!fs::exists(status)) {
        if (!is_missing(ec)) { return failed(ec.message()); }
        bool dangling = fs::is_symlink(fs::symlink_status(full, ec));
        return dangling ? failed(_("it is a symbolic link to nothing")) : FileRead{};
    }
    if (std::string why = outside_root(path); !why.empty()) { return failed(why); }
    if (!fs::is_regular_file(status)) { return failed(_("it is not a regular file")); }
    std::uintmax_t size = fs::file_size(full, ec);
    if (!ec && size > max_bytes) { return too_large(size); }
    return read_bytes(full, max_bytes, static_cast<std::size_t>(ec ? 0 : size));
}

FolderList DiskFileSystem::list(const std::string& dir) const { return list_entries(dir, false); }

FolderList DiskFileSystem::list_dirs(const std::string& dir) const { return list_entries(dir, true); }

FolderList DiskFileSystem::list_entries(const std::string& dir, bool folders) const {
    FolderList out;
    fs::path full = fs::path(m_root) / dir;
    std::error_code ec;
    fs::file_status status = fs::status(full, ec);
    if (!fs::exists(status)) {
        if (!is_missing(ec)) { out.reason = ec.message(); }
        return out;
    }
    if (!fs::is_directory(status)) {
        out.reason = _("it is a file, not a folder");
        return out;
    }
    if (std::string why = outside_root(dir); !why.empty()) {
        out.reason = why;
        return out;
    }
    for (fs::directory_iterator it(full, ec), end; !ec && it != end; it.increment(ec)) {
        std::error_code type_ec;
        bool wanted = folders ? it->is_directory(type_ec) : it->is_regular_file(type_ec);
        if (wanted) { out.names.push_back(it->path().filename().string()); }
    }
    if (ec) { out.reason = ec.message(); }
    std::sort(out.names.begin(), out.names.end());  // directory order differs between machines
    return out;
}

bool DiskFileSystem::is_dir(const std::string& path) const {
    std::error_code ec;
    return fs::is_directory(fs::path(m_root) / path, ec);
}

void MemoryFileSystem::add(const std::string& path, std::string content) { m_files[path] = std::move(content); }

void MemoryFileSystem::fail(const std::string& path, std::string reason) { m_failures[path] = std::move(reason); }

FileRead MemoryFileSystem::read(const std::string& path, std::uintmax_t max_bytes) const {
    if (auto f = m_failures.find(path); f != m_failures.end()) { return failed(f->second); }
    auto it = m_files.find(path);
    if (it == m_files.end()) { return {}; }
    FileRead r;
    r.outcome = it->second.size() > max_bytes ? FileRead::Outcome::too_large : FileRead::Outcome::read;
    r.size = it->second.size();
    if (r.outcome == FileRead::Outcome::read) { r.bytes = it->second; }
    return r;
}

FolderList MemoryFileSystem::list(const std::string& dir) const {
    FolderList out;
    if (auto f = m_failures.find(dir); f != m_failures.end()) {
        out.reason = f->second;
        return out;
    }
    std::string prefix = dir + "/";
    for (const auto& [path, content] : m_files) {
        if (path.rfind(prefix, 0) == 0 && path.find('/', prefix.size()) == std::string::npos) {
            out.names.push_back(path.substr(prefix.size()));
        }
    }
    return out;
}

FolderList MemoryFileSystem::list_dirs(const std::string& dir) const {
    FolderList out;
    std::string prefix = dir.empty() ? "" : dir + "/";
    for (const auto& [path, content] : m_files) {
        std::size_t slash = path.find('/', prefix.size());
        if (path.rfind(prefix, 0) != 0 || slash == std::string::npos) { continue; }
        std::string name = path.substr(prefix.size(), slash - prefix.size());
        if (out.names.empty() || out.names.back() != name) { out.names.push_back(name); }  // sorted map: grouped
    }
    return out;
}

bool MemoryFileSystem::is_dir(const std::string& path) const {
    if (path.empty()) { return true; }
    std::string prefix = path + "/";
    return m_failures.count(path) > 0 ||
           std::any_of(m_files.begin(), m_files.end(), [&](const auto& f) { return f.first.rfind(prefix, 0) == 0; });
}

}  // namespace pvpp
