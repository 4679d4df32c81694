// Reading the corpus goes through this interface so that tests can replace the disk.
#pragma once
#include <cstdint>
#include <map>
#include <mutex>
#include <optional>
#include <string>
#include <vector>

namespace pvpp {

/// What reading one file gave: its bytes, or why there are none.
struct FileRead {
    enum class Outcome { read, missing, too_large, failed };
    Outcome outcome = Outcome::missing;
    std::string bytes;        ///< read: the file's bytes
    std::uintmax_t size = 0;  ///< too_large: the file's size in bytes
    std::string reason;       ///< failed: why, as a phrase ("Permission denied")
};

/// The names of the regular files directly in a folder, or why they could not be listed.
struct FolderList {
    std::vector<std::string> names;  ///< sorted; empty when the folder is missing
    std::string reason;              ///< non-empty when the folder exists but cannot be listed
};

/// Read-only access to a tree of files addressed by '/'-separated relative paths.
class FileSystem {
   public:
    virtual ~FileSystem() = default;
    /// The file's bytes; a file larger than max_bytes is not read.
    virtual FileRead read(const std::string& path, std::uintmax_t max_bytes) const = 0;
    virtual FolderList list(const std::string& dir) const = 0;
    /// True when path names a folder ("" is the root itself).
    virtual bool is_dir(const std::string& path) const = 0;
    /// The names of the folders directly in a folder (a content folder's sections).
    virtual FolderList list_dirs(const std::string& dir) const = 0;
};

/// The real disk below a root folder. Nothing is read through a symbolic link
/// that leads out of the root, so the corpus is exactly what the root holds; only
/// regular files are read (a FIFO or a device would block or never end).
class DiskFileSystem : public FileSystem {
   public:
    /// root_name says in a refusal what the root is ("the project root (…)").
    explicit DiskFileSystem(std::string root,
                            std::string root_name = "the project root (the corpus is read only from inside it)");
    FileRead read(const std::string& path, std::uintmax_t max_bytes) const override;
    FolderList list(const std::string& dir) const override;
    bool is_dir(const std::string& path) const override;
    FolderList list_dirs(const std::string& dir) const override;
    /// Links that lead into dir (its real path) are followed too: a theme's links into
    /// pvpp's own themes. Call before the first read.
    void allow_links_into(const std::string& dir);

   private:
    /// Why path may not be read ("" when it may): it leads out of the root.
    std::string outside_root(const std::string& path) const;
    /// outside_root of a folder, worked out once per folder (a content folder reads
    /// thousands of files from one): thread-safe.
    const std::string& folder_outside_root(const std::string& dir) const;
    FileRead read_linked(const std::string& path, std::uintmax_t max_bytes) const;
    FolderList list_entries(const std::string& dir, bool folders) const;

    std::string m_root;
    std::string m_root_name;
    std::string m_canonical_root;
    std::vector<std::string> m_canonical_also;
    mutable std::mutex m_folders_mutex;
    mutable std::map<std::string, std::string> m_folders_outside;
};

/// The bytes of a file pvpp wrote or only looks at (its caches, its stamp, a printed
/// PDF), read directly; nullopt when it cannot be read.
std::optional<std::string> read_file_bytes(const std::string& path);

/// Writes bytes to path (a PDF to print, a cache) in place, replacing what was there; false when
/// any step failed.
bool write_file_bytes(const std::string& path, const std::string& bytes);

/// A file's path, size and modification time ("path:12:1700000000.5"), "" when it is missing:
/// what changes when the file is replaced (a dictionary, this program).
std::string file_identity(const std::string& path);

/// Every entry below dir that is not a folder (files, links), as '/'-separated paths
/// relative to dir, sorted; empty when dir is missing. Uses readdir's own file types,
/// so a tree of 10,000 pages is listed without a stat per file.
std::vector<std::string> files_below(const std::string& dir);

/// Files held in memory, for tests; fail() makes a path unreadable.
class MemoryFileSystem : public FileSystem {
   public:
    void add(const std::string& path, std::string content);
    void fail(const std::string& path, std::string reason);
    FileRead read(const std::string& path, std::uintmax_t max_bytes) const override;
    FolderList list(const std::string& dir) const override;
    bool is_dir(const std::string& path) const override;
    FolderList list_dirs(const std::string& dir) const override;

   private:
    std::map<std::string, std::string> m_files;
    std::map<std::string, std::string> m_failures;
};

}  // namespace pvpp
