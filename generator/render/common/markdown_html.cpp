#include "render/common/markdown_html.h"

#include <set>
#include <vector>

#include "util/html_policy.h"
#include "util/markdown_parser.h"
#include "util/slug.h"

namespace pvpp {
namespace {

bool inside(cmark_node* node, cmark_node_type type) {
    for (cmark_node* p = cmark_node_parent(node); p; p = cmark_node_parent(p)) {
        if (cmark_node_get_type(p) == type) { return true; }
    }
    return false;
}

cmark_node* text_node(const std::string& text) {
    cmark_node* n = cmark_node_new(CMARK_NODE_TEXT);
    cmark_node_set_literal(n, text.c_str());
    return n;
}

// Replaces one text node by text and link nodes; the original node is freed.
void add_links_in(cmark_node* node, const SpanFinder& finder) {
    std::string text = cmark_node_get_literal(node);
    std::size_t done = 0;
    bool changed = false;
    for (const auto& span : finder(text, inside(node, CMARK_NODE_HEADING))) {
        if (span.href.empty() || span.offset < done) { continue; }
        if (span.offset > done) { cmark_node_insert_before(node, text_node(text.substr(done, span.offset - done))); }
        cmark_node* link = cmark_node_new(CMARK_NODE_LINK);
        cmark_node_set_url(link, span.href.c_str());
        if (!span.title.empty()) { cmark_node_set_title(link, span.title.c_str()); }
        cmark_node_append_child(link, text_node(text.substr(span.offset, span.length)));
        cmark_node_insert_before(node, link);
        done = span.offset + span.length;
        changed = true;
    }
    if (!changed) { return; }
    if (done < text.size()) { cmark_node_insert_before(node, text_node(text.substr(done))); }
    cmark_node_free(node);
}

// Collected first: the tree must not change under the iterator.
std::vector<cmark_node*> linkable_text_nodes(cmark_node* doc) {
    std::vector<cmark_node*> nodes;
    for_each_node(doc, [&](cmark_node* node) {
        if (cmark_node_get_type(node) == CMARK_NODE_TEXT && !inside(node, CMARK_NODE_LINK)) { nodes.push_back(node); }
    });
    return nodes;
}

bool unsafe(cmark_node* node) {
    auto type = cmark_node_get_type(node);
    if (type == CMARK_NODE_HTML_BLOCK || type == CMARK_NODE_HTML_INLINE) { return true; }
    const char* url = cmark_node_get_url(node);
    if (type == CMARK_NODE_LINK) { return !link_url_problem(url ? url : "").empty(); }
    if (type == CMARK_NODE_IMAGE) { return !image_url_problem(url ? url : "").empty(); }
    return false;
}

// Defence in depth: validation reports these, but a page must never carry them even
// when it was skipped. Raw HTML goes; a link or image with a refused address leaves its
// text (an image its description) in its place.
void remove_unsafe(cmark_node* doc) {
    std::vector<cmark_node*> found;
    for_each_node(doc, [&](cmark_node* node) {
        if (unsafe(node)) { found.push_back(node); }
    });
    // Innermost first, so that a node is never freed before a node inside it is handled.
    for (auto it = found.rbegin(); it != found.rend(); ++it) {
        while (cmark_node* child = cmark_node_first_child(*it)) { cmark_node_insert_before(*it, child); }
        cmark_node_free(*it);
    }
}

// The text of a heading, as a reader sees it (emphasis and code spans unwrapped).
std::string plain_text(cmark_node* heading) {
    std::string text;
    for_each_node(heading, [&](cmark_node* n) {
        auto type = cmark_node_get_type(n);
        if (type == CMARK_NODE_TEXT || type == CMARK_NODE_CODE) {
            text += cmark_node_get_literal(n);
        } else if (type == CMARK_NODE_SOFTBREAK || type == CMARK_NODE_LINEBREAK) {
            text += ' ';
        }
    });
    return text;
}

std::string unique_id(std::string id, std::set<std::string>& taken) {
    if (id.empty()) { return id; }
    std::string candidate = id;
    for (int n = 2; !taken.insert(candidate).second; ++n) { candidate = id + "-" + std::to_string(n); }
    return candidate;
}

// cmark-gfm writes headings as "<hN>", in document order, and escapes any such text in
// content ("&lt;h2&gt;"): the n-th "<hN>" of the HTML is the n-th heading of the tree.
std::string with_heading_ids(std::string_view html, const std::vector<std::string>& ids) {
    std::string out;
    out.reserve(html.size() + ids.size() * 16);
    std::size_t next = 0;
    for (std::size_t at = 0; at < html.size();) {
        std::size_t open = html.find("<h", at);
        bool heading = open != std::string_view::npos && open + 3 < html.size() && html[open + 2] >= '1' &&
                       html[open + 2] <= '6' && html[open + 3] == '>';
        std::size_t upto = open == std::string_view::npos ? html.size() : (heading ? open + 3 : open + 2);
        out.append(html.substr(at, upto - at));
        if (heading && next < ids.size()) {
            if (!ids[next].empty()) { out += " id=\"" + ids[next] + "\""; }
            ++next;
        }
        at = upto;
    }
    return out;
}

// cmark-gfm labels a footnote's way back in English; the site is Latvian whatever the
// editor's terminal speaks, so its own label is Latvian here, not a message through gettext.
std::string rendered_html(cmark_node* doc) {
    char* html = cmark_render_html(doc, k_markdown_options, markdown_extensions());
    std::string out(html);
    free(html);
    const std::string english = "aria-label=\"Back to content\"";
    for (std::size_t at = out.find(english); at != std::string::npos; at = out.find(english, at)) {
        out.replace(at, english.size(), "aria-label=\"Atpakaļ uz tekstu\"");
    }
    return out;
}

// The addresses the author wrote, before any link of the finder is added.
void rewrite_url(cmark_node* node, const UrlRewriter& rewrite) {
    auto type = cmark_node_get_type(node);
    if (type != CMARK_NODE_LINK && type != CMARK_NODE_IMAGE) { return; }
    const char* url = cmark_node_get_url(node);
    std::string changed = rewrite(url ? url : "");
    if (changed != (url ? url : "")) { cmark_node_set_url(node, changed.c_str()); }
}

}  // namespace

CmarkDocument linked_markdown(const std::string& markdown, const SpanFinder& finder, const UrlRewriter& rewrite) {
    CmarkDocument doc = parse_markdown(markdown);
    remove_unsafe(doc.get());
    if (rewrite) {
        for_each_node(doc.get(), [&](cmark_node* node) { rewrite_url(node, rewrite); });
    }
    for (cmark_node* node : linkable_text_nodes(doc.get())) { add_links_in(node, finder); }
    return doc;
}

std::string markdown_to_html(const std::string& markdown, const SpanFinder& finder, const UrlRewriter& rewrite) {
    return rendered_html(linked_markdown(markdown, finder, rewrite).get());
}

std::string markdown_page_to_html(CmarkDocument doc, const UrlRewriter& rewrite) {
    remove_unsafe(doc.get());
    std::vector<std::string> ids;
    std::set<std::string> taken;
    // One walk: a content folder's pages can be thousands.
    for_each_node(doc.get(), [&](cmark_node* node) {
        if (cmark_node_get_type(node) == CMARK_NODE_HEADING) {
            ids.push_back(unique_id(slugify(plain_text(node)), taken));
        }
        rewrite_url(node, rewrite);
    });
    return with_heading_ids(rendered_html(doc.get()), ids);
}

}  // namespace pvpp
