// Markdown to plain-text items with cmark-gfm's plain-text renderer.
#include "render/xlsx/markdown_items.h"

#include <cstdlib>

#include "util/markdown_parser.h"
#include "util/text.h"

namespace pvpp {
namespace {

// Without the blank lines around it; a nested list keeps its first line's indent like the rest.
std::string plain(cmark_node* node) {
    char* text = cmark_render_plaintext(node, k_markdown_options, 0);
    std::string out(text);
    std::free(text);
    out.erase(out.find_last_not_of(" \t\r\n") + 1);
    std::size_t start = out.find_first_not_of("\r\n");
    return start == std::string::npos ? "" : out.substr(start);
}

// A list item's blocks rendered one by one, so the item's own marker is not printed.
std::string item_text(cmark_node* item) {
    std::vector<std::string> parts;
    for (cmark_node* b = cmark_node_first_child(item); b; b = cmark_node_next(b)) {
        std::string t = plain(b);
        if (!t.empty()) { parts.push_back(std::move(t)); }
    }
    return join(parts, "\n");
}

}  // namespace

std::vector<std::string> markdown_items(std::string_view markdown) {
    std::vector<std::string> items;
    auto doc = parse_markdown(markdown);
    for (cmark_node* b = cmark_node_first_child(doc.get()); b; b = cmark_node_next(b)) {
        if (cmark_node_get_type(b) != CMARK_NODE_LIST) {
            std::string t = plain(b);
            if (!t.empty()) { items.push_back(std::move(t)); }
            continue;
        }
        for (cmark_node* i = cmark_node_first_child(b); i; i = cmark_node_next(i)) {
            std::string t = item_text(i);
            if (!t.empty()) { items.push_back(std::move(t)); }
        }
    }
    return items;
}

std::string markdown_plain(std::string_view markdown) {
    auto doc = parse_markdown(markdown);
    return plain(doc.get());
}

}  // namespace pvpp
