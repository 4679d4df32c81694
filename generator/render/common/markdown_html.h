// Markdown fields to HTML, with codes and glossary terms in the text turned into links.
#pragma once
#include <functional>
#include <string>
#include <string_view>
#include <vector>

#include "util/markdown_parser.h"

namespace pvpp {

/// A link to make inside a text node: byte range, target and tooltip.
struct LinkSpan {
    std::size_t offset = 0;
    std::size_t length = 0;
    std::string href;
    std::string title;
};

/// Returns the links for one run of text; in_heading is true inside headings.
using SpanFinder = std::function<std::vector<LinkSpan>(const std::string& text, bool in_heading)>;

/// Returns the URL a link or image should have on the page (e.g. site-absolute made relative).
using UrlRewriter = std::function<std::string(std::string_view url)>;

/// Parses Markdown, drops what util/html_policy.h refuses, passes the written links' and
/// images' addresses through rewrite (when given), and adds the finder's links outside
/// code spans and existing links.
CmarkDocument linked_markdown(const std::string& markdown, const SpanFinder& finder, const UrlRewriter& rewrite = {});

/// Renders Markdown safely (raw HTML and links or images whose address
/// util/html_policy.h refuses are never passed through), written addresses through rewrite,
/// and adds the finder's links outside code spans and existing links. Spans must not overlap.
std::string markdown_to_html(const std::string& markdown, const SpanFinder& finder, const UrlRewriter& rewrite = {});

/// Renders a whole page's Markdown, already parsed (parse_markdown; the tree is changed and
/// freed), as safely as markdown_to_html: every link and image URL passed through rewrite,
/// and every heading given an id made from its text as the live site makes anchors
/// ("Sadaļa" → id="sadala"; a repeated one gets "-2", "-3" …).
std::string markdown_page_to_html(CmarkDocument doc, const UrlRewriter& rewrite);

}  // namespace pvpp
