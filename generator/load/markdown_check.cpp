// Raw HTML in Markdown is an error: it would be dropped from the page or, if
// passed through, could inject script into a government page.
#include "load/record_loaders.h"
#include "util/markdown_parser.h"
#include "util/text.h"

namespace pvpp {
namespace {

// Inline nodes do not always carry a position: find the literal from its block's line.
std::size_t node_offset(std::string_view text, cmark_node* node) {
    cmark_node* positioned = node;
    while (positioned && cmark_node_get_start_line(positioned) == 0) { positioned = cmark_node_parent(positioned); }
    int line = positioned ? cmark_node_get_start_line(positioned) : 1;
    std::size_t from = line_start(text, line);
    const char* literal = cmark_node_get_literal(node);
    std::string_view needle = literal ? std::string_view(literal) : std::string_view();
    while (!needle.empty() && (needle.back() == '\n' || needle.back() == ' ')) { needle.remove_suffix(1); }
    std::size_t found = needle.empty() ? std::string_view::npos : text.find(needle, from);
    return found == std::string_view::npos ? from : found;
}

}  // namespace

void check_markdown(const Text& text, Diagnostics& diags) {
    check_markdown_depth(text, diags);
    if (text.markdown.find('<') == std::string::npos) { return; }  // no HTML without '<'
    CmarkDocument doc = parse_markdown(text.markdown);
    cmark_iter* iter = cmark_iter_new(doc.get());
    for (cmark_event_type ev; (ev = cmark_iter_next(iter)) != CMARK_EVENT_DONE;) {
        cmark_node* node = cmark_iter_get_node(iter);
        auto type = cmark_node_get_type(node);
        if (ev == CMARK_EVENT_ENTER && (type == CMARK_NODE_HTML_BLOCK || type == CMARK_NODE_HTML_INLINE)) {
            diags.error(locate_in_text(text, node_offset(text.markdown, node)),
                        "raw HTML is not allowed in Markdown (write Markdown instead)");
        }
    }
    cmark_iter_free(iter);
}

int read_number(TableReader& t, std::string_view key) {
    auto n = t.integer(key, true);
    if (n && (*n < 1 || *n > 1000)) {
        t.context().diags.error(t.value_loc(key), "'" + std::string(key) + "' must be a number from 1 to 1000");
    }
    return n ? static_cast<int>(*n) : 0;
}

Text read_markdown(TableReader& t, std::string_view key, bool required) {
    Text text = t.markdown(key, required);
    check_markdown(text, t.context().diags);
    return text;
}

}  // namespace pvpp
