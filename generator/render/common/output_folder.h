// Where renderers write: a folder they own, paths checked so nothing escapes it,
// and the staging tree that replaces output/ only when the whole build succeeded.
#pragma once
#include <string>
#include <string_view>

#include "diag/diagnostics.h"

namespace pvpp {

/// True for a relative '/'-separated path with no empty, '.', '..' or device segment.
bool is_safe_relative_path(std::string_view path);

/// A renderer's own folder below the staging tree.
class OutputFolder {
public:
    explicit OutputFolder(std::string dir);
    const std::string& dir() const { return m_dir; }
    /// The folder's own name ("site"), for messages.
    std::string dir_name() const { return m_dir.substr(m_dir.rfind('/') + 1); }
    /// Writes bytes to dir/path; an unsafe path or an I/O failure is reported.
    bool write(const std::string& path, std::string_view bytes, Diagnostics& diags);
    int files_written() const { return m_count; }

private:
    std::string m_dir;
    int m_count = 0;
};

/// A fresh folder beside the final output that becomes it on commit().
class StagingTree {
public:
    explicit StagingTree(std::string final_dir);
    ~StagingTree();  ///< removes the staging folder unless committed
    StagingTree(const StagingTree&) = delete;
    StagingTree& operator=(const StagingTree&) = delete;

    /// Creates the staging folder; false (with a message) if it cannot.
    bool open(std::string& error);
    const std::string& dir() const { return m_staging; }
    /// Puts the staging folder in place of the final one.
    bool commit(std::string& error);

private:
    std::string m_final;
    std::string m_staging;
    bool m_committed = false;
};

}  // namespace pvpp
