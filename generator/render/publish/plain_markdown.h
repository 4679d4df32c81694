// Markdown as the plain HTML a CMS editor keeps: h2–h4, p, ul, ol, li, the table
// parts, a, strong, em, sup and nothing else, with no attribute but href.
#pragma once
#include <string>

#include "util/markdown_parser.h"

namespace pvpp {

/// Renders a parsed (and linked) Markdown document. Headings become h2–h4 (# and ## are
/// h2); a hard line break ends the paragraph; code is plain text; raw HTML, rules and
/// strikethrough marks are dropped; a link that is not absolute (http, https, mailto)
/// keeps only its text; footnote references become <sup>n</sup> and the notes an <ol>
/// at the end under "Atsauces", numbered alike.
std::string plain_markdown_html(cmark_node* document);

}  // namespace pvpp
