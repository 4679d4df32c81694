#include "util/file_system.h"

#include <dirent.h>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <filesystem>

namespace pvpp {

namespace fs = std::filesystem;

namespace {

// The file's bytes; reads until end of file, as the size may change while reading.
std::optional<std::string> read_all(int fd, std::size_t expected) {
    std::string text(expected + 1, '\0');  // one byte more: the read that finds the end needs no growth
    std::size_t at = 0;
    for (;;) {
        if (at == text.size()) { text.resize(text.size() + 4096); }
        ssize_t n = ::read(fd, text.data() + at, text.size() - at);
        if (n < 0 && errno == EINTR) { continue; }
        if (n < 0) { return std::nullopt; }
        if (n == 0) { break; }
        at += static_cast<std::size_t>(n);
    }
    text.resize(at);
    return text;
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
            struct stat st{};
            folder = ::lstat((dir + "/" + name).c_str(), &st) == 0 && S_ISDIR(st.st_mode);
        }
        (folder ? folders : out).push_back(folder ? name : rel + name);
    }
    ::closedir(d);
    for (const auto& f : folders) { collect_files(dir + "/" + f, rel + f + "/", out); }
}

}  // namespace

std::vector<std::string> files_below(const std::string& dir) {
    std::vector<std::string> files;
    collect_files(dir, "", files);
    std::sort(files.begin(), files.end());
    return files;
}

DiskFileSystem::DiskFileSystem(std::string root) : m_root(std::move(root)) {}

// One open, one fstat and reads straight into a string of the file's size: a content
// folder of 10,000 pages is read this way, and a stream would copy every byte twice.
std::optional<std::string> DiskFileSystem::read(const std::string& path) const {
    std::string full = m_root + "/" + path;
    int fd = ::open(full.c_str(), O_RDONLY | O_CLOEXEC);
    if (fd < 0) { return std::nullopt; }
    struct stat st{};
    std::optional<std::string> text;
    if (::fstat(fd, &st) == 0 && S_ISREG(st.st_mode)) { text = read_all(fd, static_cast<std::size_t>(st.st_size)); }
    ::close(fd);
    return text;
}

std::vector<std::string> DiskFileSystem::list(const std::string& dir) const {
    std::vector<std::string> names;
    std::error_code ec;
    for (fs::directory_iterator it(fs::path(m_root) / dir, ec), end; !ec && it != end;
         it.increment(ec)) {
        if (it->is_regular_file(ec)) { names.push_back(it->path().filename().string()); }
    }
    std::sort(names.begin(), names.end());  // directory order differs between machines
    return names;
}

std::vector<std::string> DiskFileSystem::list_dirs(const std::string& dir) const {
    std::vector<std::string> names;
    std::error_code ec;
    for (fs::directory_iterator it(fs::path(m_root) / dir, ec), end; !ec && it != end; it.increment(ec)) {
        if (it->is_directory(ec)) { names.push_back(it->path().filename().string()); }
    }
    std::sort(names.begin(), names.end());
    return names;
}

bool DiskFileSystem::is_dir(const std::string& path) const {
    std::error_code ec;
    return fs::is_directory(fs::path(m_root) / path, ec);
}

void MemoryFileSystem::add(const std::string& path, std::string content) {
    m_files[path] = std::move(content);
}

std::optional<std::string> MemoryFileSystem::read(const std::string& path) const {
    auto it = m_files.find(path);
    if (it == m_files.end()) { return std::nullopt; }
    return it->second;
}

std::vector<std::string> MemoryFileSystem::list(const std::string& dir) const {
    std::vector<std::string> names;
    std::string prefix = dir + "/";
    for (const auto& [path, content] : m_files) {
        if (path.rfind(prefix, 0) == 0 && path.find('/', prefix.size()) == std::string::npos) {
            names.push_back(path.substr(prefix.size()));
        }
    }
    return names;
}

std::vector<std::string> MemoryFileSystem::list_dirs(const std::string& dir) const {
    std::vector<std::string> names;
    std::string prefix = dir + "/";
    for (const auto& [path, content] : m_files) {
        std::size_t slash = path.find('/', prefix.size());
        if (path.rfind(prefix, 0) == 0 && slash != std::string::npos) {
            std::string name = path.substr(prefix.size(), slash - prefix.size());
            if (names.empty() || names.back() != name) { names.push_back(name); }
        }
    }
    return names;
}

bool MemoryFileSystem::is_dir(const std::string& path) const {
    std::string prefix = path + "/";
    return std::any_of(m_files.begin(), m_files.end(),
                       [&](const auto& f) { return f.first.rfind(prefix, 0) == 0; });
}

}  // namespace pvpp
