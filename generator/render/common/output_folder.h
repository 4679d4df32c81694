// Where renderers write: a folder of output/ they own, held in memory with every path
// checked so nothing escapes it. The build compares the files with what output/ holds
// and writes only those that changed (render/common/output_commit.h).
#pragma once
#include <string>
#include <string_view>
#include <vector>

#include "diag/diagnostics.h"

namespace pvpp {

/// True for a relative '/'-separated path with no empty, '.', '..' or device segment.
bool is_safe_relative_path(std::string_view path);

/// A file of the output, by its path below the renderer's folder (or below output/).
struct OutputFile {
    std::string path;
    std::string bytes;
};

/// A renderer's own folder of the output ("site", "xlsx", …), in memory.
class OutputFolder {
public:
    explicit OutputFolder(std::string name);
    /// The folder's name below output/ ("site"), for paths and messages.
    const std::string& dir_name() const { return m_name; }
    /// Keeps bytes as the file at path; an unsafe path is reported and refused.
    bool write(const std::string& path, std::string bytes, Diagnostics& diags);
    /// The bytes written to path, or nullptr.
    const std::string* find(std::string_view path) const;
    const std::vector<OutputFile>& files() const { return m_files; }
    /// The files, moved out (the build hands them to the commit).
    std::vector<OutputFile> take_files() { return std::move(m_files); }
    int files_written() const { return static_cast<int>(m_files.size()); }

private:
    std::string m_name;
    std::vector<OutputFile> m_files;
};

}  // namespace pvpp
