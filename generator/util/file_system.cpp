#include "util/file_system.h"

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <sstream>

namespace pvpp {

namespace fs = std::filesystem;

DiskFileSystem::DiskFileSystem(std::string root) : m_root(std::move(root)) {}

std::optional<std::string> DiskFileSystem::read(const std::string& path) const {
    std::ifstream in(fs::path(m_root) / path, std::ios::binary);
    if (!in) { return std::nullopt; }
    std::ostringstream buffer;
    buffer << in.rdbuf();
    if (in.bad()) { return std::nullopt; }
    return buffer.str();
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

bool MemoryFileSystem::is_dir(const std::string& path) const {
    std::string prefix = path + "/";
    return std::any_of(m_files.begin(), m_files.end(),
                       [&](const auto& f) { return f.first.rfind(prefix, 0) == 0; });
}

}  // namespace pvpp
