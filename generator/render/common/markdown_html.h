// Markdown fields to HTML, with codes and glossary terms in the text turned into links.
#pragma once
#include <functional>
#include <string>
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

/// Parses Markdown, drops what util/html_policy.h refuses, and adds the finder's links
/// outside code spans and existing links.
CmarkDocument linked_markdown(const std::string& markdown, const SpanFinder& finder);

/// Renders Markdown safely (raw HTML and links or images whose address
/// util/html_policy.h refuses are never passed through) and adds the finder's links
/// outside code spans and existing links. Spans must not overlap.
std::string markdown_to_html(const std::string& markdown, const SpanFinder& finder);

}  // namespace pvpp
