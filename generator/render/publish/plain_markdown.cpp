#include "render/publish/plain_markdown.h"

#include <algorithm>
#include <cstring>
#include <vector>

#include "util/html_text.h"
#include "util/text.h"

namespace pvpp {
namespace {

// The links a pasted page can keep: http://, https:// and mailto:.
bool is_absolute_link(const std::string& url) {
    for (const char* scheme : {"https://", "http://", "mailto:"}) {
        if (url.rfind(scheme, 0) == 0) { return true; }
    }
    return false;
}

// A picture put next to the fragment is named by its file name alone.
bool is_file_beside(const std::string& url) {
    return !url.empty() && url.find('/') == std::string::npos && url.find(':') == std::string::npos &&
           url.find('\\') == std::string::npos;
}

// Extension nodes have no fixed type number: they are known by name.
bool is(cmark_node* node, const char* name) { return std::strcmp(cmark_node_get_type_string(node), name) == 0; }

std::string literal(cmark_node* node) {
    const char* text = cmark_node_get_literal(node);
    return text ? text : "";
}

std::vector<cmark_node*> children(cmark_node* node) {
    std::vector<cmark_node*> out;
    for (cmark_node* c = cmark_node_first_child(node); c; c = cmark_node_next(c)) { out.push_back(c); }
    return out;
}

std::string inlines(cmark_node* node);

std::string inline_html(cmark_node* node) {
    switch (cmark_node_get_type(node)) {
        case CMARK_NODE_TEXT:
        case CMARK_NODE_CODE: return html_escape(literal(node));
        case CMARK_NODE_SOFTBREAK:
        case CMARK_NODE_LINEBREAK: return " ";
        case CMARK_NODE_EMPH: return "<em>" + inlines(node) + "</em>";
        case CMARK_NODE_STRONG: return "<strong>" + inlines(node) + "</strong>";
        case CMARK_NODE_FOOTNOTE_REFERENCE: return "<sup>" + html_escape(literal(node)) + "</sup>";
        case CMARK_NODE_LINK: {
            std::string url = cmark_node_get_url(node);
            if (!is_absolute_link(url)) { return inlines(node); }
            return "<a href=\"" + html_escape(url) + "\">" + inlines(node) + "</a>";
        }
        case CMARK_NODE_IMAGE: {
            std::string url = cmark_node_get_url(node);
            std::string alt = html_escape(html_to_text(inlines(node)));
            bool kept = is_absolute_link(url) || is_file_beside(url);
            return kept ? "<img src=\"" + html_escape(url) + "\" alt=\"" + alt + "\">" : alt;
        }
        case CMARK_NODE_HTML_INLINE: return "";
        default: return inlines(node);  // strikethrough and the like: the text without the mark
    }
}

std::string inlines(cmark_node* node) {
    std::string out;
    for (cmark_node* c : children(node)) { out += inline_html(c); }
    return out;
}

// A hard line break (a line ending in '\' or two spaces) starts a new paragraph: <br> is not kept.
std::string paragraph(cmark_node* node) {
    std::vector<std::string> parts(1);
    for (cmark_node* c : children(node)) {
        if (cmark_node_get_type(c) == CMARK_NODE_LINEBREAK) {
            parts.emplace_back();
        } else {
            parts.back() += inline_html(c);
        }
    }
    std::string out;
    for (auto& part : parts) {
        if (!trim(part).empty()) { out += "<p>" + std::string(trim(part)) + "</p>\n"; }
    }
    return out;
}

bool in_tight_list(cmark_node* node) {
    cmark_node* item = cmark_node_parent(node);
    if (!item || cmark_node_get_type(item) != CMARK_NODE_ITEM) { return false; }
    cmark_node* list = cmark_node_parent(item);
    return list && cmark_node_get_list_tight(list);
}

std::string blocks(cmark_node* node);

std::string table_row(cmark_node* row, const char* cell) {
    std::string out = "<tr>";
    for (cmark_node* c : children(row)) {
        out += std::string("<") + cell + ">" + inlines(c) + "</" + cell + ">";
    }
    return out + "</tr>\n";
}

std::string table(cmark_node* node) {
    std::string head, body;
    for (cmark_node* row : children(node)) {
        if (is(row, "table_header")) {
            head += table_row(row, "th");
        } else {
            body += table_row(row, "td");
        }
    }
    return "<table>\n" + (head.empty() ? "" : "<thead>\n" + head + "</thead>\n") +
           (body.empty() ? "" : "<tbody>\n" + body + "</tbody>\n") + "</table>\n";
}

std::string code_block(cmark_node* node) {
    std::string out;
    std::string text = literal(node);
    for (auto line : split_lines(text)) {
        if (!trim(line).empty()) { out += "<p>" + html_escape(line) + "</p>\n"; }
    }
    return out;
}

std::string list(cmark_node* node) {
    const char* tag = cmark_node_get_list_type(node) == CMARK_ORDERED_LIST ? "ol" : "ul";
    std::string out = std::string("<") + tag + ">\n";
    for (cmark_node* item : children(node)) {
        std::string body = blocks(item);
        while (!body.empty() && body.back() == '\n') { body.pop_back(); }
        out += "<li>" + body + "</li>\n";
    }
    return out + "</" + tag + ">\n";
}

std::string heading(cmark_node* node) {
    std::string tag = "h" + std::to_string(std::clamp(cmark_node_get_heading_level(node), 2, 4));
    return "<" + tag + ">" + inlines(node) + "</" + tag + ">\n";
}

std::string block_html(cmark_node* node) {
    switch (cmark_node_get_type(node)) {
        case CMARK_NODE_PARAGRAPH: return in_tight_list(node) ? inlines(node) + "\n" : paragraph(node);
        case CMARK_NODE_HEADING: return heading(node);
        case CMARK_NODE_LIST: return list(node);
        case CMARK_NODE_CODE_BLOCK: return code_block(node);
        case CMARK_NODE_BLOCK_QUOTE: return blocks(node);
        case CMARK_NODE_HTML_BLOCK:
        case CMARK_NODE_THEMATIC_BREAK:
        case CMARK_NODE_FOOTNOTE_DEFINITION: return "";
        default: return is(node, "table") ? table(node) : blocks(node);
    }
}

std::string blocks(cmark_node* node) {
    std::string out;
    for (cmark_node* c : children(node)) { out += block_html(c); }
    return out;
}

// cmark-gfm puts the referenced notes at the end of the document in the order of their numbers;
// a label tells the reader what the numbered list after the text is.
std::string footnotes(cmark_node* document) {
    std::string out;
    for (cmark_node* c : children(document)) {
        if (cmark_node_get_type(c) != CMARK_NODE_FOOTNOTE_DEFINITION) { continue; }
        std::string body;
        for (cmark_node* b : children(c)) {
            body += cmark_node_get_type(b) == CMARK_NODE_PARAGRAPH ? inlines(b) + " " : block_html(b);
        }
        out += "<li>" + std::string(trim(body)) + "</li>\n";
    }
    return out.empty() ? "" : "<p><strong>Atsauces</strong></p>\n<ol>\n" + out + "</ol>\n";
}

}  // namespace

std::string plain_markdown_html(cmark_node* document) { return blocks(document) + footnotes(document); }

}  // namespace pvpp
