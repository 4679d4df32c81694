#include "render/common/output_commit.h"

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <cstring>
#include <filesystem>
#include <set>
#include <system_error>
#include <unordered_map>
#include <unordered_set>

#include "util/interrupt.h"
#include "util/file_system.h"
#include "util/parallel.h"
#include "util/message.h"

namespace pvpp {
namespace {

namespace fs = std::filesystem;

std::string reason(int err) { return std::error_code(err, std::generic_category()).message(); }

// Compares in chunks: no buffer the size of the file, no allocation per file. A symbolic
// link is never the same: it is replaced by a file, never read through.
bool file_equals(const std::string& path, std::string_view bytes) {
    int fd = ::open(path.c_str(), O_RDONLY | O_CLOEXEC | O_NOFOLLOW);
    if (fd < 0) { return false; }
    struct stat st{};
    bool same = ::fstat(fd, &st) == 0 && S_ISREG(st.st_mode) && static_cast<std::size_t>(st.st_size) == bytes.size();
    char chunk[65536];
    for (std::size_t at = 0; same && at < bytes.size();) {
        ssize_t n = ::read(fd, chunk, std::min(sizeof chunk, bytes.size() - at));
        if (n < 0 && errno == EINTR) { continue; }
        same = n > 0 && std::memcmp(chunk, bytes.data() + at, static_cast<std::size_t>(n)) == 0;
        at += n > 0 ? static_cast<std::size_t>(n) : 0;
    }
    ::close(fd);
    return same;
}

// 0, or the errno of the first call that failed (ENOSPC, EFBIG, EACCES …). Always a new
// file: whatever had the temporary name (a link planted there) is removed, not written through.
int write_file(const std::string& path, std::string_view bytes) {
    constexpr int k_new_file = O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC | O_NOFOLLOW;
    int fd = ::open(path.c_str(), k_new_file, 0666);
    if (fd < 0 && errno == EEXIST && ::unlink(path.c_str()) == 0) { fd = ::open(path.c_str(), k_new_file, 0666); }
    if (fd < 0) { return errno; }
    for (std::size_t at = 0; at < bytes.size();) {
        ssize_t n = ::write(fd, bytes.data() + at, bytes.size() - at);
        if (n < 0 && errno == EINTR) { continue; }
        if (n <= 0) {
            int err = n < 0 ? errno : EIO;
            ::close(fd);
            return err;
        }
        at += static_cast<std::size_t>(n);
    }
    return ::close(fd) == 0 ? 0 : errno;
}

std::string parent_of(const std::string& path) {
    std::size_t slash = path.rfind('/');
    return slash == std::string::npos ? "" : path.substr(0, slash);
}

// The temporary name beside a target: hidden, and fixed, so one left by a killed build
// is simply overwritten or, not being produced, removed by the next commit.
std::string temp_name(const std::string& path) {
    std::size_t slash = path.rfind('/');
    std::size_t name = slash == std::string::npos ? 0 : slash + 1;
    return path.substr(0, name) + "." + path.substr(name) + ".pvpp-new";
}

std::string top_folder(const std::string& path) { return path.substr(0, path.find('/')); }

// A folder, not a link to one: only such a folder of output/ is written into.
bool is_real_folder(const std::string& path) {
    struct stat st{};
    return ::lstat(path.c_str(), &st) == 0 && S_ISDIR(st.st_mode);
}

// Whatever stands where a folder must be (a link, a file) gives way; false if it cannot.
bool make_real_folder(const std::string& path, int& err) {
    if (is_real_folder(path)) { return true; }
    ::unlink(path.c_str());
    err = ::mkdir(path.c_str(), 0777) == 0 ? 0 : errno;
    return err == 0;
}

// A top folder that does not exist yet is built under this name beside it, then renamed.
std::string staging_name(const std::string& top) { return "." + top + ".pvpp-new"; }

/// One commit: what differs from the disk, then the writes, renames and removals.
class Commit {
public:
    Commit(std::string out_dir, const BuildOutput& output, CommitReport& report)
        : m_out(std::move(out_dir)), m_output(output), m_report(report) {}

    bool run(std::string& error);

private:
    std::string disk(const std::string& path) const { return m_out + "/" + path; }
    bool plan(std::string& error);
    void find_stale(const std::vector<std::string>& on_disk);
    bool create_folders(std::string& error);
    bool write_temps(std::string& error);
    bool rename_temps(std::string& error);
    bool remove_stale(std::string& error);
    void undo_writes();
    void choose_write_paths();

    std::string m_out;
    const BuildOutput& m_output;
    CommitReport& m_report;
    std::unordered_map<std::string_view, const OutputFile*> m_by_path;  ///< the last file per path wins
    std::vector<const OutputFile*> m_changed;
    std::vector<std::string> m_stale;
    std::set<std::string> m_fresh;        ///< top folders (site/ …) not on disk yet: built beside, renamed once
    std::vector<std::string> m_writes;    ///< where each changed file is written first, below m_out
    std::vector<std::string> m_created_dirs;
};

// Only files that exist are compared, on every core: a rebuild reads each once and
// writes none that are the same; a first build opens none.
bool Commit::plan(std::string& error) {
    for (const auto& f : m_output.files) {
        if (!is_safe_relative_path(f.path)) {
            error = fill(_("refusing to write '{1}': the path would leave {2}"), {f.path, m_out});
            return false;
        }
        m_by_path[f.path] = &f;
    }
    std::vector<std::string> on_disk = files_below(m_out);
    std::unordered_set<std::string_view> existing(on_disk.begin(), on_disk.end());
    std::vector<const OutputFile*> files;
    for (const auto& f : m_output.files) {
        if (m_by_path[f.path] == &f) { files.push_back(&f); }
    }
    std::vector<char> same(files.size());
    parallel_for(files.size(), [&](std::size_t i) {
        same[i] = existing.count(files[i]->path) && file_equals(disk(files[i]->path), files[i]->bytes);
    });
    for (std::size_t i = 0; i < files.size(); ++i) {
        if (same[i]) {
            ++m_report.unchanged;
        } else {
            m_changed.push_back(files[i]);
        }
    }
    find_stale(on_disk);
    choose_write_paths();
    return true;
}

// A file of a folder that exists is written to a temporary name beside it and renamed
// over it; a top folder that does not exist yet (a first build) is written whole under
// a temporary name and renamed once: as safe for readers, and one rename, not thousands.
void Commit::choose_write_paths() {
    std::set<std::string> existing_tops;
    for (const auto* f : m_changed) {
        std::string top = top_folder(f->path);
        if (top == f->path || m_fresh.count(top) || existing_tops.count(top)) { continue; }
        (is_real_folder(disk(top)) ? existing_tops : m_fresh).insert(top);
    }
    for (const auto* f : m_changed) {
        std::string top = top_folder(f->path);
        bool fresh = top != f->path && m_fresh.count(top);
        m_writes.push_back(fresh ? staging_name(top) + f->path.substr(top.size()) : temp_name(f->path));
    }
}

// Files on disk that this build neither produced nor kept (sorted: removals run in a fixed order).
void Commit::find_stale(const std::vector<std::string>& on_disk) {
    std::unordered_set<std::string_view> kept(m_output.kept.begin(), m_output.kept.end());
    for (const auto& rel : on_disk) {
        if (!m_by_path.count(rel) && !kept.count(rel)) { m_stale.push_back(rel); }
    }
    std::sort(m_stale.begin(), m_stale.end());
}

// Parents before children (sorted), so each is one mkdir; the ones made are undone on failure.
bool Commit::create_folders(std::string& error) {
    std::set<std::string> dirs;
    for (const auto& w : m_writes) {
        for (std::string d = parent_of(w); !d.empty() && dirs.insert(d).second; d = parent_of(d)) {}
    }
    std::error_code ec;
    for (const auto& top : m_fresh) { fs::remove_all(disk(staging_name(top)), ec); }  // left by a killed build
    struct stat st{};
    if (::stat(m_out.c_str(), &st) != 0) {
        fs::create_directories(m_out, ec);
        if (ec) {
            error = fill(_("cannot create {1}: {2}"), {m_out, ec.message()});
            return false;
        }
        m_created_dirs.push_back(m_out);
    }
    // One at a time: mkdir locks the parent folder, so threads would only queue there.
    for (const auto& d : dirs) {
        std::string path = disk(d);
        if (::mkdir(path.c_str(), 0777) == 0) {
            m_created_dirs.push_back(path);
            continue;
        }
        int err = errno;
        if (err != EEXIST || !make_real_folder(path, err)) {
            error = fill(_("cannot create folder {1}: {2}"), {path, reason(err)});
            return false;
        }
    }
    return true;
}

bool Commit::write_temps(std::string& error) {
    std::vector<int> failed(m_changed.size());
    parallel_for(m_changed.size(), [&](std::size_t i) { failed[i] = write_file(disk(m_writes[i]), m_changed[i]->bytes); });
    for (std::size_t i = 0; i < m_changed.size(); ++i) {
        if (failed[i]) {
            error = fill(_("cannot write {1}: {2}"), {disk(m_changed[i]->path), reason(failed[i])});
            return false;
        }
    }
    return true;
}

// A target that is a folder now (a page that became a file) gives way first.
bool Commit::rename_temps(std::string& error) {
    std::vector<int> failed(m_changed.size());
    parallel_for(m_changed.size(), [&](std::size_t i) {
        std::string top = top_folder(m_changed[i]->path);
        if (top != m_changed[i]->path && m_fresh.count(top)) { return; }  // moves with its folder below
        std::string target = disk(m_changed[i]->path);
        struct stat st{};
        if (::lstat(target.c_str(), &st) == 0 && S_ISDIR(st.st_mode)) {
            std::error_code ec;
            fs::remove_all(target, ec);
        }
        failed[i] = ::rename(disk(m_writes[i]).c_str(), target.c_str()) == 0 ? 0 : errno;
    });
    for (const auto& top : m_fresh) {
        if (!is_real_folder(disk(top))) { ::unlink(disk(top).c_str()); }  // a link or file named like the folder
        if (::rename(disk(staging_name(top)).c_str(), disk(top).c_str()) != 0 && error.empty()) {
            error = fill(_("cannot move {1} to {2}: {3}"), {disk(staging_name(top)), disk(top), reason(errno)});
        }
    }
    for (std::size_t i = 0; i < m_changed.size(); ++i) {
        if (failed[i] && error.empty()) {
            error = fill(_("cannot replace {1}: {2}; {3} is partly updated: run the build again"),
                         {disk(m_changed[i]->path), reason(failed[i]), m_out});
        }
        if (failed[i]) { ::unlink(disk(m_writes[i]).c_str()); }
    }
    m_report.written = m_changed.size();
    return error.empty();
}

// Then the folders they leave empty, deepest first.
bool Commit::remove_stale(std::string& error) {
    std::set<std::string, std::greater<>> parents;
    for (const auto& path : m_stale) {
        if (is_real_folder(disk(path))) { continue; }  // a link that a folder of this build replaced
        if (::unlink(disk(path).c_str()) != 0) {
            if (errno != ENOENT && error.empty()) { error = fill(_("cannot remove {1}: {2}"), {disk(path), reason(errno)}); }
            continue;
        }
        ++m_report.removed;
        for (std::string d = parent_of(path); !d.empty(); d = parent_of(d)) { parents.insert(d); }
    }
    for (const auto& d : parents) { ::rmdir(disk(d).c_str()); }  // fails, as it should, unless empty
    return error.empty();
}

void Commit::undo_writes() {
    for (const auto& w : m_writes) { ::unlink(disk(w).c_str()); }
    for (auto it = m_created_dirs.rbegin(); it != m_created_dirs.rend(); ++it) { ::rmdir(it->c_str()); }
}

bool Commit::run(std::string& error) {
    if (!plan(error)) { return false; }
    if (m_changed.empty() && m_stale.empty()) { return true; }
    SignalBlock hold_signals;  // from the first write to the last removal: no half-replaced output
    if (!create_folders(error) || !write_temps(error)) {
        undo_writes();
        error = fill(_("{1}; {2} was not changed"), {error, m_out});
        return false;
    }
    bool renamed = rename_temps(error);
    bool removed = remove_stale(error);
    return renamed && removed;
}

}  // namespace

bool same_file_on_disk(const std::string& out_dir, const std::string& path, std::string_view bytes) {
    return file_equals(out_dir + "/" + path, bytes);
}

bool commit_output(const std::string& out_dir, const BuildOutput& output, CommitReport& report, std::string& error) {
    std::string dir = out_dir;
    while (dir.size() > 1 && dir.back() == '/') { dir.pop_back(); }
    return Commit(dir, output, report).run(error);
}

}  // namespace pvpp
