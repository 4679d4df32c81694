// Watching folder trees for saved files (Linux inotify), for `pvpp serve`.
#pragma once
#include <chrono>
#include <map>
#include <string>
#include <vector>

namespace pvpp {

/// Changes that came together, and when the first of them was seen.
struct FileBurst {
    std::vector<std::string> paths;  ///< relative to the watcher's root, each once
    std::chrono::steady_clock::time_point first_seen;
    bool interrupted = false;  ///< the interrupt descriptor became readable
};

/// Watches named folders below a root, recursively, folders created later included.
/// Editors save in different ways (write in place, write a temporary file and rename
/// it, delete and create); each of them shows up as a change of the saved path.
class FileWatcher {
   public:
    /// Watches ROOT/folder for each folder; a folder that appears later is picked up.
    FileWatcher(std::string root, std::vector<std::string> folders);
    ~FileWatcher();
    FileWatcher(const FileWatcher&) = delete;
    FileWatcher& operator=(const FileWatcher&) = delete;

    /// False when inotify is unavailable (the message says why).
    bool ok(std::string& error) const;
    /// The descriptor to poll for readability.
    int fd() const { return m_fd; }
    /// Reads the pending events without blocking; the changed paths relative to the
    /// root (editor scratch files left out), in the order they came.
    std::vector<std::string> take_changes();
    /// Blocks until a change arrives, `timeout` passes or `interrupt_fd` (-1: none) becomes
    /// readable; after a change, collects further ones until none came for `quiet`
    /// (one save makes several events, a checkout many).
    FileBurst wait_for_burst(std::chrono::milliseconds timeout, std::chrono::milliseconds quiet, int interrupt_fd = -1);

   private:
    void watch_tree(const std::string& rel);
    void watch_one(const std::string& rel, unsigned mask);
    void handle(int wd, unsigned mask, const std::string& name, std::vector<std::string>& changes);

    std::string m_root;
    std::vector<std::string> m_folders;
    int m_fd = -1;
    int m_errno = 0;
    std::map<int, std::string> m_dirs;  ///< watch descriptor → folder relative to the root ("" = root)
};

/// True for the scratch files editors write beside the real one (vim's .swp and 4913,
/// emacs's #file# and .#file, backups ending in ~): saving them changes nothing.
bool is_editor_scratch(const std::string& name);

}  // namespace pvpp
