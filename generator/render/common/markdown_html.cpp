#include "render/common/markdown_html.h"

#include <vector>

#include "util/markdown_parser.h"

namespace pvpp {
namespace {

bool inside_link(cmark_node* node) {
    for (cmark_node* p = cmark_node_parent(node); p; p = cmark_node_parent(p)) {
        if (cmark_node_get_type(p) == CMARK_NODE_LINK) { return true; }
    }
    return false;
}

cmark_node* text_node(const std::string& text) {
    cmark_node* n = cmark_node_new(CMARK_NODE_TEXT);
    cmark_node_set_literal(n, text.c_str());
    return n;
}

// Replaces one text node by text and link nodes; the original node is freed.
void link_codes_in(cmark_node* node, const CodeLinker& linker) {
    std::string text = cmark_node_get_literal(node);
    std::size_t done = 0;
    bool changed = false;
    for (const auto& m : find_codes(text)) {
        std::string code = text.substr(m.offset, m.length);
        std::string href = linker(m.kind, code);
        if (href.empty()) { continue; }
        if (m.offset > done) { cmark_node_insert_before(node, text_node(text.substr(done, m.offset - done))); }
        cmark_node* link = cmark_node_new(CMARK_NODE_LINK);
        cmark_node_set_url(link, href.c_str());
        cmark_node_append_child(link, text_node(code));
        cmark_node_insert_before(node, link);
        done = m.offset + m.length;
        changed = true;
    }
    if (!changed) { return; }
    if (done < text.size()) { cmark_node_insert_before(node, text_node(text.substr(done))); }
    cmark_node_free(node);
}

// Collected first: the tree must not change under the iterator.
std::vector<cmark_node*> linkable_text_nodes(cmark_node* doc) {
    std::vector<cmark_node*> nodes;
    cmark_iter* iter = cmark_iter_new(doc);
    for (cmark_event_type ev; (ev = cmark_iter_next(iter)) != CMARK_EVENT_DONE;) {
        cmark_node* node = cmark_iter_get_node(iter);
        if (ev == CMARK_EVENT_ENTER && cmark_node_get_type(node) == CMARK_NODE_TEXT && !inside_link(node)) {
            nodes.push_back(node);
        }
    }
    cmark_iter_free(iter);
    return nodes;
}

}  // namespace

std::string markdown_to_html(const std::string& markdown, const CodeLinker& linker) {
    CmarkDocument doc = parse_markdown(markdown);
    for (cmark_node* node : linkable_text_nodes(doc.get())) { link_codes_in(node, linker); }
    char* html = cmark_render_html(doc.get(), k_markdown_options, markdown_extensions());
    std::string out(html);
    free(html);
    return out;
}

}  // namespace pvpp
