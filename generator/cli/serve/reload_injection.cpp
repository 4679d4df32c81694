#include "cli/serve/reload_injection.h"

#include <algorithm>
#include <cctype>

namespace pvpp {

namespace {

// Case-insensitive search, as HTML tag names may be written in either case.
std::size_t find_tag(const std::string& html, std::string_view tag) {
    auto it = std::search(html.begin(), html.end(), tag.begin(), tag.end(), [](char a, char b) {
        return std::tolower(static_cast<unsigned char>(a)) == std::tolower(static_cast<unsigned char>(b));
    });
    return it == html.end() ? std::string::npos : static_cast<std::size_t>(it - html.begin());
}

}  // namespace

std::string inject_reload_script(std::string html, long build) {
    std::string tag = "<script src=\"/__pvpp/reload.js\" data-build=\"" + std::to_string(build) + "\" defer></script>";
    std::size_t at = find_tag(html, "</head>");
    if (at == std::string::npos) { at = find_tag(html, "<body"); }
    html.insert(at == std::string::npos ? html.size() : at, tag);
    return html;
}

}  // namespace pvpp
