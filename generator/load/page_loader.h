// Markdown pages with +++ TOML front matter (content/pages/*.md).
#pragma once
#include <optional>
#include <string_view>

#include "load/load_context.h"
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

/// Loads one page into the corpus.
void load_page(LoadContext& ctx, Corpus& corpus);

}  // namespace pvpp
