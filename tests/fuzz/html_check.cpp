// The safe-HTML invariant of rendered Markdown: cmark-gfm escapes text, so every
// '<' in its output opens one of its own tags or comments. A tag it never writes,
// an event-handler attribute or a script URL means raw input got through.
#include "fuzz_support.h"

#include <set>

namespace pvpp::fuzz {
namespace {

const std::set<std::string_view> k_tags = {
    "p", "a", "em", "strong", "code", "pre", "h1", "h2", "h3", "h4", "h5", "h6", "ul", "ol", "li",
    "blockquote", "hr", "br", "img", "table", "thead", "tbody", "tr", "th", "td", "del", "sup", "section"};

const std::set<std::string_view> k_attributes = {
    "href", "title", "src", "alt", "class", "id", "align", "start", "aria-label", "data-footnotes",
    "data-footnote-ref", "data-footnote-backref", "data-footnote-backref-idx"};

bool name_char(char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '-' || c == '_' || c == ':';
}

// What a browser would take as the URL's scheme part: entities this output uses
// decoded, white space and controls dropped, lower case.
std::string url_as_browser_sees(std::string_view value) {
    std::string out;
    for (std::size_t i = 0; i < value.size(); ++i) {
        if (value.substr(i, 5) == "&amp;") {
            out += '&';
            i += 4;
        } else if (static_cast<unsigned char>(value[i]) > 0x20) {
            char c = value[i];
            out += (c >= 'A' && c <= 'Z') ? static_cast<char>(c - 'A' + 'a') : c;
        }
    }
    return out;
}

bool script_url(std::string_view value) {
    std::string url = url_as_browser_sees(value);
    for (std::string_view scheme : {"javascript:", "vbscript:", "file:"}) {
        if (url.starts_with(scheme)) { return true; }
    }
    if (!url.starts_with("data:")) { return false; }
    for (std::string_view image : {"data:image/png", "data:image/gif", "data:image/jpeg", "data:image/webp"}) {
        if (url.starts_with(image)) { return false; }
    }
    return true;
}

// Checks the tag at html[pos] ('<'); returns the position after it, or npos when it is unsafe.
std::size_t check_tag(std::string_view html, std::size_t pos) {
    if (html.substr(pos, 4) == "<!--") {
        std::size_t end = html.find("-->", pos + 4);
        return end == std::string_view::npos ? end : end + 3;
    }
    std::size_t i = pos + 1 + (html.substr(pos + 1, 1) == "/" ? 1 : 0);
    std::size_t start = i;
    while (i < html.size() && name_char(html[i])) { ++i; }
    if (!k_tags.count(html.substr(start, i - start))) { return std::string_view::npos; }
    while (i < html.size() && html[i] != '>') {
        if (html[i] == ' ' || html[i] == '/') {
            ++i;
            continue;
        }
        std::size_t name_at = i;
        while (i < html.size() && name_char(html[i])) { ++i; }
        std::string_view name = html.substr(name_at, i - name_at);
        if (name.empty() || !k_attributes.count(name)) { return std::string_view::npos; }
        if (html.substr(i, 2) != "=\"") { continue; }
        std::size_t close = html.find('"', i + 2);
        if (close == std::string_view::npos) { return close; }
        std::string_view value = html.substr(i + 2, close - i - 2);
        if ((name == "href" || name == "src") && script_url(value)) { return std::string_view::npos; }
        i = close + 1;
    }
    return i < html.size() ? i + 1 : std::string_view::npos;
}

}  // namespace

std::string unsafe_html(std::string_view html) {
    for (std::size_t pos = html.find('<'); pos != std::string_view::npos; pos = html.find('<', pos)) {
        std::size_t next = check_tag(html, pos);
        if (next == std::string_view::npos) { return std::string(html.substr(pos, 200)); }
        pos = next;
    }
    return "";
}

}  // namespace pvpp::fuzz
