// A generic content folder: content/**/*.md with +++ TOML front matter, as Hugo and
// Zola read one (docs/content-folder.md).
#pragma once
#include <string>

#include "diag/diagnostics.h"
#include "model/corpus.h"
#include "util/file_system.h"

namespace pvpp {

/// True when the root is a content folder: it has content/_index.md (the home page)
/// and no data/ folder (the policy corpus always has data/).
bool is_content_folder(const FileSystem& fs);

/// Loads every page below content/ (on every core) into corpus.content_pages, sorted by
/// path; findings go to diags in the same order.
void load_content_folder(const FileSystem& fs, Corpus& corpus, Diagnostics& diags);

}  // namespace pvpp
