#include "cli/serve/content_types.h"

#include <array>
#include <utility>

#include "util/lower_case.h"

namespace pvpp {

namespace {

// What the build writes (site, workbooks, cards, their PDFs) and what a theme may add.
constexpr std::array<std::pair<std::string_view, std::string_view>, 18> k_types{{
    {"html", "text/html; charset=utf-8"},
    {"css", "text/css; charset=utf-8"},
    {"js", "text/javascript; charset=utf-8"},
    {"mjs", "text/javascript; charset=utf-8"},
    {"json", "application/json"},
    {"svg", "image/svg+xml"},
    {"xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"},
    {"pdf", "application/pdf"},
    {"xml", "application/xml"},
    {"txt", "text/plain; charset=utf-8"},
    {"csv", "text/csv; charset=utf-8"},
    {"png", "image/png"},
    {"jpg", "image/jpeg"},
    {"jpeg", "image/jpeg"},
    {"gif", "image/gif"},
    {"ico", "image/x-icon"},
    {"woff2", "font/woff2"},
    {"webp", "image/webp"},
}};

}  // namespace

std::string content_type_for(std::string_view path) {
    std::size_t slash = path.rfind('/');
    std::size_t dot = path.rfind('.');
    if (dot == std::string_view::npos || (slash != std::string_view::npos && dot < slash)) {
        return "application/octet-stream";
    }
    std::string ext = lower_latvian(path.substr(dot + 1));
    for (const auto& [known, type] : k_types) {
        if (known == ext) { return std::string(type); }
    }
    return "application/octet-stream";
}

bool is_html_type(std::string_view content_type) { return content_type.starts_with("text/html"); }

}  // namespace pvpp
