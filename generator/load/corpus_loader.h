// Loads the whole corpus below a root: content/ and data/.
#pragma once
#include "diag/diagnostics.h"
#include "model/corpus.h"
#include "util/file_system.h"

namespace pvpp {

/// Reads every corpus file through fs. Problems go to diags; what could be read
/// is returned, so that one run reports every finding.
Corpus load_corpus(const FileSystem& fs, Diagnostics& diags);

}  // namespace pvpp
