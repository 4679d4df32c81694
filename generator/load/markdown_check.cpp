// Markdown is checked against the HTML policy (util/html_policy.h): raw HTML is an
// error (it would be dropped from the page or, if passed through, could inject script
// into a government page), and so is a link or image address that could run script,
// embed data or load from another site. The renderer enforces the same policy again.
#include <algorithm>

#include "load/record_loaders.h"
#include "util/html_policy.h"
#include "util/markdown_parser.h"
#include "util/message.h"
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

void check_html(const Text& text, cmark_node* node, Diagnostics& diags) {
    std::size_t at = node_offset(text.markdown, node);
    const char* literal = cmark_node_get_literal(node);
    RawHtmlFinding f = raw_html_finding(literal ? literal : "");
    // The finding's offset is inside the literal; the literal starts at `at` in the text.
    bool literal_here = literal && text.markdown.compare(at, f.offset, literal, f.offset) == 0;
    diags.error(locate_in_text(text, literal_here ? at + f.offset : at), f.message);
}

void check_address(const Text& text, cmark_node* node, bool image, Diagnostics& diags) {
    const char* url = cmark_node_get_url(node);
    std::string problem = image ? image_url_problem(url ? url : "") : link_url_problem(url ? url : "");
    if (!problem.empty()) { diags.error(locate_in_text(text, markdown_link_offset(text.markdown, node)), problem); }
}

// One mistake, one error: `<b>x</b>` is one tag written by hand, so the closing tag of a
// paragraph whose HTML was already reported adds nothing; a stray closing tag still counts.
bool closes_reported_tag(cmark_node* node, cmark_node* reported_in) {
    const char* literal = cmark_node_get_literal(node);
    return reported_in && cmark_node_parent(node) == reported_in && literal && literal[0] == '<' && literal[1] == '/';
}

}  // namespace

// One parse serves both checks: parsing is most of what loading a page costs.
void check_markdown(const Text& text, Diagnostics& diags) {
    if (text.markdown.empty()) { return; }
    CmarkDocument doc = parse_markdown(text.markdown);
    check_markdown_tree(text, doc.get(), diags);
}

void check_markdown_tree(const Text& text, cmark_node* doc, Diagnostics& diags) {
    check_markdown_depth(text, doc, diags);
    // Raw HTML and <autolinks> need a '<', every other link or image a ']'; the links
    // GFM's autolink extension makes of bare "www." and "https://" text are always allowed.
    // (Two scans with memchr: find_first_of calls memchr on "<]" once per character.)
    if (text.markdown.find('<') == std::string::npos && text.markdown.find(']') == std::string::npos) { return; }
    cmark_node* html_reported_in = nullptr;
    for_each_node(doc, [&](cmark_node* node) {
        auto type = cmark_node_get_type(node);
        if (type == CMARK_NODE_HTML_BLOCK || type == CMARK_NODE_HTML_INLINE) {
            if (!closes_reported_tag(node, html_reported_in)) { check_html(text, node, diags); }
            html_reported_in = cmark_node_parent(node);
        }
        if (type == CMARK_NODE_LINK || type == CMARK_NODE_IMAGE) {
            check_address(text, node, type == CMARK_NODE_IMAGE, diags);
        }
    });
}

Text read_markdown(TableReader& t, std::string_view key, bool required) {
    Text text = t.markdown(key, required);
    check_markdown(text, t.context().diags);
    return text;
}

}  // namespace pvpp
