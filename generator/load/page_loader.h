// Markdown pages with +++ TOML front matter (content/pages/*.md).
#pragma once
#include <functional>
#include <optional>
#include <string_view>

#include "load/table_reader.h"
#include "model/corpus.h"

namespace pvpp {

/// The two parts of a page; lines are 1-based positions in the file.
struct FrontMatterSplit {
    std::string_view front;
    std::string_view body;
    int front_line = 0;
    int body_line = 0;
};

/// Splits "+++\n<toml>\n+++\n<body>"; reports a missing or unclosed block.
std::optional<FrontMatterSplit> split_front_matter(LoadContext& ctx);

/// Reads a page's front matter with read (a reader of its TOML table, at its lines in the file;
/// read finishes it); the page's parts, or nullopt when the front matter is missing, unclosed or
/// not TOML (reported).
std::optional<FrontMatterSplit> read_front_matter(LoadContext& ctx, const std::function<void(TableReader&)>& read);

/// Loads one page into the corpus.
void load_page(LoadContext& ctx, Corpus& corpus);

}  // namespace pvpp
