// Which words of a text become links: every code, and each glossary term on its
// first use on a page. The site and the CMS fragments differ only in the hrefs.
#pragma once
#include <functional>
#include <set>
#include <string>
#include <vector>

#include "render/common/code_links.h"
#include "render/common/markdown_html.h"
#include "validate/corpus_index.h"

namespace pvpp {

class TermLinker;

/// Turns a place on the site into the href a page writes ("" leaves the text unlinked).
using TargetHref = std::function<std::string(const SiteTarget&)>;

/// The links of one run of text, left to right. Codes always link; a term links on its
/// first use per page (linked_terms holds the page's linked term ids), never in a heading.
/// terms may be null: then only codes link.
std::vector<LinkSpan> text_link_spans(const std::string& text, bool in_heading, const CorpusIndex& index,
                                      const TermLinker* terms, std::set<std::string>& linked_terms,
                                      const TargetHref& href);

}  // namespace pvpp
