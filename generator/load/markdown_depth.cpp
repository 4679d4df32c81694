// Markdown nested thousands of levels deep is no prose anyone writes: browsers stop
// nesting HTML elements at 512 levels and lay the rest out wrongly, and every walk over
// the tree pays for the depth. The corpus nests at most a few levels; the limit is far above.
#include <cmark-gfm.h>

#include <algorithm>

#include "load/record_loaders.h"
#include "util/markdown_parser.h"
#include "util/message.h"
#include "util/text.h"

namespace pvpp {
namespace {

constexpr int k_max_depth = 32;

// Inline nodes carry no position in cmark-gfm: the nearest positioned ancestor stands in.
SourceLoc node_loc(const Text& text, cmark_node* node) {
    while (node && cmark_node_get_start_line(node) == 0) { node = cmark_node_parent(node); }
    if (!node) { return text.loc; }
    std::size_t offset = line_start(text.markdown, cmark_node_get_start_line(node));
    offset += static_cast<std::size_t>(std::max(cmark_node_get_start_column(node) - 1, 0));
    return locate_in_text(text, std::min(offset, text.markdown.size()));
}

// How much a node adds to the depth of what it holds. Items, paragraphs and headings do
// not count: "- - x" is two nested lists, as a reader sees it.
int level(cmark_node* node) {
    auto type = cmark_node_get_type(node);
    return type == CMARK_NODE_ITEM || type == CMARK_NODE_PARAGRAPH || type == CMARK_NODE_HEADING ? 0 : 1;
}

// The first node whose content lies deeper than the limit, or nullptr. A plain walk
// (no recursion) so that the hostile depth costs nothing but the walk.
cmark_node* too_deep(cmark_node* doc) {
    int depth = 0;  // levels above the children of node
    cmark_node* node = doc;
    while (true) {
        if (cmark_node* child = cmark_node_first_child(node)) {
            if (node != doc && (depth += level(node)) > k_max_depth) { return node; }
            node = child;
            continue;
        }
        while (node != doc && !cmark_node_next(node)) {
            node = cmark_node_parent(node);
            if (node != doc) { depth -= level(node); }
        }
        if (node == doc) { return nullptr; }
        node = cmark_node_next(node);
    }
}

}  // namespace

void check_markdown_depth(const Text& text, cmark_node* doc, Diagnostics& diags) {
    if (cmark_node* node = too_deep(doc)) {
        diags.error(node_loc(text, node),
                    fill(_("Markdown is nested more than {1} levels deep here (lists, quotes or emphasis inside "
                           "each other); flatten it"),
                         {std::to_string(k_max_depth)}));
    }
}

}  // namespace pvpp
