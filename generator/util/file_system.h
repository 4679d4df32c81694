// Reading the corpus goes through this interface so that tests can replace the disk.
#pragma once
#include <map>
#include <optional>
#include <string>
#include <vector>

namespace pvpp {

/// Read-only access to a tree of files addressed by '/'-separated relative paths.
class FileSystem {
public:
    virtual ~FileSystem() = default;
    /// The file's bytes, or nullopt when it does not exist or cannot be read.
    virtual std::optional<std::string> read(const std::string& path) const = 0;
    /// Names of the regular files directly in dir, sorted; empty when dir is missing.
    virtual std::vector<std::string> list(const std::string& dir) const = 0;
    /// True when path names a directory.
    virtual bool is_dir(const std::string& path) const = 0;
    /// Names of the directories directly in dir, sorted; empty when dir is missing.
    virtual std::vector<std::string> list_dirs(const std::string& dir) const = 0;
};

/// The real disk below a root directory.
class DiskFileSystem : public FileSystem {
public:
    explicit DiskFileSystem(std::string root);
    std::optional<std::string> read(const std::string& path) const override;
    std::vector<std::string> list(const std::string& dir) const override;
    bool is_dir(const std::string& path) const override;
    std::vector<std::string> list_dirs(const std::string& dir) const override;

private:
    std::string m_root;
};

/// Every entry below dir that is not a folder (files, links), as '/'-separated paths
/// relative to dir, sorted; empty when dir is missing. Uses readdir's own file types,
/// so a tree of 10,000 pages is listed without a stat per file.
std::vector<std::string> files_below(const std::string& dir);

/// Files held in memory, for tests.
class MemoryFileSystem : public FileSystem {
public:
    void add(const std::string& path, std::string content);
    std::optional<std::string> read(const std::string& path) const override;
    std::vector<std::string> list(const std::string& dir) const override;
    bool is_dir(const std::string& path) const override;
    std::vector<std::string> list_dirs(const std::string& dir) const override;

private:
    std::map<std::string, std::string> m_files;
};

}  // namespace pvpp
