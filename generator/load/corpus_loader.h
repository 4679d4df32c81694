// Loads the whole corpus below a root: content/ and data/.
#pragma once
#include "diag/diagnostics.h"
#include "model/corpus.h"
#include "util/file_system.h"

namespace pvpp {

/// Reads every corpus file through fs. Problems go to diags; what could be read
/// is returned, so that one run reports every finding.
Corpus load_corpus(const FileSystem& fs, Diagnostics& diags);

/// Loads one corpus file from its bytes into corpus; path ("content/roles.toml",
/// "content/tasks/PU2-10.toml", "content/pages/plans.md") says what it holds.
/// False, with nothing loaded or reported, when path names no corpus file.
bool load_file(const std::string& path, const std::string& text, Diagnostics& diags, Corpus& corpus);

}  // namespace pvpp
