// Plain text out of the HTML that the generator itself writes (for search and summaries).
#pragma once
#include <string>
#include <string_view>

namespace pvpp {

/// Drops tags (each becomes a space, so "<li>a</li><li>b</li>" reads "a b"), decodes
/// the entities html_escape and cmark-gfm write (&amp; &lt; &gt; &quot; &#39; &apos;
/// &nbsp; and numeric &#N; / &#xH;), collapses white space and trims.
/// Meant for well-formed generated HTML, not for arbitrary pages: a '>' inside an
/// attribute value would end the tag early (html_escape never writes one).
std::string html_to_text(std::string_view html);

/// Each run of white space (space, tab, line break, form feed) one space, none at either end.
std::string collapse_spaces(std::string_view text);

}  // namespace pvpp
