// Markdown pages with +++ TOML front matter (content/pages/*.md).
#pragma once
#include <functional>
#include <optional>

#include "load/table_reader.h"
#include "model/corpus.h"

namespace pvpp {

/// Reads a page's front matter ("+++\n<toml>\n+++\n<body>") with read (a reader of its TOML
/// table, at its lines in the file; read finishes it); the page's body, or nullopt when the front
/// matter is missing, unclosed or not TOML (reported).
std::optional<Text> read_front_matter(LoadContext& ctx, const std::function<void(TableReader&)>& read);

/// Loads one page into the corpus.
void load_page(LoadContext& ctx, Corpus& corpus);

}  // namespace pvpp
