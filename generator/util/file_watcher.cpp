#include "util/file_watcher.h"

#include <poll.h>
#include <sys/inotify.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <cstring>
#include <filesystem>

namespace pvpp {

namespace fs = std::filesystem;
using Clock = std::chrono::steady_clock;

namespace {

// Writes, renames both ways, creations and deletions; IN_ATTRIB so that `touch` counts as a save.
constexpr unsigned k_tree_mask = IN_CLOSE_WRITE | IN_MOVED_TO | IN_MOVED_FROM | IN_CREATE | IN_DELETE | IN_ATTRIB;
// The root is watched only for the watched folders themselves appearing or going away.
constexpr unsigned k_root_mask = IN_CREATE | IN_MOVED_TO | IN_MOVED_FROM | IN_DELETE | IN_ONLYDIR;
// A save that goes on and on (a checkout of many files) still rebuilds after this long.
constexpr auto k_longest_burst = std::chrono::milliseconds(1000);

}  // namespace

bool is_editor_scratch(const std::string& name) {
    if (name.empty() || name.front() == '.' || name.back() == '~' || name == "4913") { return true; }
    if (name.size() > 1 && name.front() == '#' && name.back() == '#') { return true; }
    return name.ends_with("___jb_tmp___") || name.ends_with("___jb_old___");
}

FileWatcher::FileWatcher(std::string root, std::vector<std::string> folders)
    : m_root(std::move(root)), m_folders(std::move(folders)) {
    m_fd = inotify_init1(IN_NONBLOCK | IN_CLOEXEC);
    if (m_fd < 0) {
        m_errno = errno;
        return;
    }
    watch_one("", k_root_mask);
    for (const auto& f : m_folders) { watch_tree(f); }
}

FileWatcher::~FileWatcher() {
    if (m_fd >= 0) { ::close(m_fd); }
}

bool FileWatcher::ok(std::string& error) const {
    if (m_fd < 0) { error = std::string("inotify: ") + std::strerror(m_errno); }
    return m_fd >= 0;
}

void FileWatcher::watch_one(const std::string& rel, unsigned mask) {
    std::string path = rel.empty() ? m_root : m_root + "/" + rel;
    // Watching the same folder again returns its descriptor: a renamed folder gets its new name.
    int wd = inotify_add_watch(m_fd, path.c_str(), mask);
    if (wd >= 0) { m_dirs[wd] = rel; }
}

// Subfolders are watched one by one: inotify itself is not recursive.
void FileWatcher::watch_tree(const std::string& rel) {
    std::error_code ec;
    fs::path top = fs::path(m_root) / rel;
    if (!fs::is_directory(top, ec)) { return; }
    watch_one(rel, k_tree_mask);
    for (fs::recursive_directory_iterator it(top, ec), end; !ec && it != end; it.increment(ec)) {
        if (it->is_directory(ec)) { watch_one(fs::relative(it->path(), m_root).string(), k_tree_mask); }
    }
}

void FileWatcher::handle(int wd, unsigned mask, const std::string& name, std::vector<std::string>& changes) {
    if (mask & IN_Q_OVERFLOW) {
        changes.push_back(".");  // events were lost: something changed somewhere
        return;
    }
    auto it = m_dirs.find(wd);
    if (it == m_dirs.end()) { return; }
    if (mask & IN_IGNORED) {
        m_dirs.erase(it);  // the folder is gone
        return;
    }
    const std::string dir = it->second;
    bool is_root = dir.empty();
    if (is_root && std::find(m_folders.begin(), m_folders.end(), name) == m_folders.end()) { return; }
    std::string path = is_root ? name : dir + "/" + name;
    if ((mask & IN_ISDIR) && (mask & (IN_CREATE | IN_MOVED_TO))) { watch_tree(path); }
    if (!is_editor_scratch(name)) { changes.push_back(path); }
}

std::vector<std::string> FileWatcher::take_changes() {
    std::vector<std::string> changes;
    alignas(inotify_event) char buffer[16384];
    for (;;) {
        ssize_t n = ::read(m_fd, buffer, sizeof buffer);
        if (n <= 0) { break; }  // EAGAIN: nothing more pending
        for (char* p = buffer; p < buffer + n;) {
            auto* e = reinterpret_cast<inotify_event*>(p);
            handle(e->wd, e->mask, e->len ? std::string(e->name) : std::string(), changes);
            p += sizeof(inotify_event) + e->len;
        }
    }
    return changes;
}

namespace {

// 1: the watcher has events; 2: the interrupt descriptor is readable; 0: time ran out.
int wait_readable(int watch_fd, int interrupt_fd, Clock::duration wait) {
    pollfd fds[2] = {{watch_fd, POLLIN, 0}, {interrupt_fd, POLLIN, 0}};
    auto ms = std::chrono::duration_cast<std::chrono::milliseconds>(wait).count();
    int ready = ::poll(fds, interrupt_fd >= 0 ? 2 : 1, static_cast<int>(std::max<long long>(ms, 0)));
    if (ready <= 0) { return ready < 0 && errno == EINTR ? 1 : 0; }
    return (interrupt_fd >= 0 && (fds[1].revents & POLLIN)) ? 2 : 1;
}

}  // namespace

FileBurst FileWatcher::wait_for_burst(std::chrono::milliseconds timeout, std::chrono::milliseconds quiet,
                                      int interrupt_fd) {
    FileBurst burst;
    auto deadline = Clock::now() + timeout;
    for (;;) {
        bool started = !burst.paths.empty();
        auto now = Clock::now();
        auto wait =
            started ? std::min<Clock::duration>(quiet, burst.first_seen + k_longest_burst - now) : deadline - now;
        int ready = wait_readable(m_fd, interrupt_fd, wait);
        if (ready == 2) { burst.interrupted = true; }
        if (ready != 1) { return burst; }
        for (auto& path : take_changes()) {
            if (burst.paths.empty()) { burst.first_seen = Clock::now(); }
            if (std::find(burst.paths.begin(), burst.paths.end(), path) == burst.paths.end()) {
                burst.paths.push_back(std::move(path));
            }
        }
    }
}

}  // namespace pvpp
