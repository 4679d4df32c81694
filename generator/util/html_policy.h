// What pvpp lets through from Markdown into a page: which link and image addresses
// are allowed, and what a raw HTML fragment would have done (raw HTML is never let through).
#pragma once
#include <cstddef>
#include <string>
#include <string_view>

namespace pvpp {

/// The scheme of a URL as a browser reads it, lower-cased without the ':' ("javascript"),
/// or "" for an address inside the site. Like the WHATWG URL parser it skips leading
/// spaces and control characters and ignores tabs and newlines anywhere, so
/// " JaVa\tScript:" is "javascript".
std::string url_scheme(std::string_view url);

/// Why a link address is refused, or "" when it is allowed: addresses inside the site
/// (relative, "#anchor") and http:, https: and mailto: links.
std::string link_url_problem(std::string_view url);

/// Why an image address is refused, or "" when it is allowed: only images of the site
/// itself (the pages' Content-Security-Policy loads no others).
std::string image_url_problem(std::string_view url);

/// What is wrong with one raw HTML fragment from Markdown: where (a byte offset in it)
/// and the diagnostic's message. Dangerous elements, event handlers and script
/// addresses are named; anything else gets the general message.
struct RawHtmlFinding {
    std::size_t offset = 0;
    std::string message;
};
RawHtmlFinding raw_html_finding(std::string_view html);

}  // namespace pvpp
