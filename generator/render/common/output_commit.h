// The last step of a build: output/ is made to hold exactly what the renderers produced,
// writing only the files whose bytes changed. Unchanged files are not touched (their
// times stay), so deployments and browser caches see no churn and a rebuild with
// nothing changed writes nothing.
#pragma once
#include <string>
#include <string_view>
#include <vector>

#include "render/common/output_folder.h"

namespace pvpp {

/// Everything one build produced, by path below output/ ("site/index.html").
struct BuildOutput {
    std::vector<OutputFile> files;
    /// Files that stay as they are on disk though this build did not make them again
    /// (a card's PDF when the card did not change: printing takes minutes).
    std::vector<std::string> kept;
};

/// What a commit did.
struct CommitReport {
    std::size_t written = 0;    ///< new files and files whose bytes changed
    std::size_t unchanged = 0;  ///< files with the same bytes, left untouched
    std::size_t removed = 0;    ///< files no longer produced
};

/// True when out_dir/path is a regular file holding exactly bytes.
bool same_file_on_disk(const std::string& out_dir, const std::string& path, std::string_view bytes);

/// Makes out_dir hold exactly `output` (plus `kept`). Each changed file is written to a
/// temporary file beside it first and renamed over the old one, so a reader never sees
/// half a file; all of them are written before the first rename, so a failure to write
/// (a read-only folder, a full disk) leaves out_dir as it was. SIGINT and SIGTERM wait
/// until the commit is done. False, with a message in `error`, on failure.
bool commit_output(const std::string& out_dir, const BuildOutput& output, CommitReport& report, std::string& error);

}  // namespace pvpp
