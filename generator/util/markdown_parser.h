// cmark-gfm with the GFM extensions pvpp uses, behind an owning handle.
#pragma once
#include <cmark-gfm.h>

#include <functional>
#include <memory>
#include <string_view>

namespace pvpp {

struct CmarkNodeDeleter {
    void operator()(cmark_node* node) const { cmark_node_free(node); }
};
using CmarkDocument = std::unique_ptr<cmark_node, CmarkNodeDeleter>;

/// Options every parse and render shares: footnotes, smart punctuation off, raw HTML
/// never passed through (CMARK_OPT_UNSAFE stays off). No CMARK_OPT_VALIDATE_UTF8: every
/// file is checked to be valid UTF-8 before any parser sees it (load/checked_file.h),
/// and checking again cost a twentieth of a content folder's build.
constexpr int k_markdown_options = CMARK_OPT_FOOTNOTES;

/// Parses Markdown with the table, autolink, strikethrough and tagfilter extensions.
/// Thread-safe.
CmarkDocument parse_markdown(std::string_view text);

/// The extensions attached by parse_markdown (needed again when rendering).
cmark_llist* markdown_extensions();

/// Calls fn with every node of the tree below root (root too) as the walk enters it, in
/// document order. fn must not change the tree: collect the nodes first to change them.
void for_each_node(cmark_node* root, const std::function<void(cmark_node*)>& fn);

/// The byte offset in text where a link or image node parsed from it starts (its '[', '!'
/// or an autolink's '<').
std::size_t markdown_link_offset(std::string_view text, cmark_node* link);

/// True when parses run on several threads at once; false when they take turns
/// (cmark-gfm's global table of special characters could not be pinned).
bool markdown_parses_in_parallel();

}  // namespace pvpp
