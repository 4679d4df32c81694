// Fuzz target: the search-index builder (render/html/search_index), from page
// views to static/search-index.js. Input: pages separated by 0x1E, each page's
// parts by 0x1F: path, code, title, kind, breadcrumb, field HTML, then
// (section id, heading, section HTML) triples.
#include <algorithm>
#include <cstdint>

#include "fuzz_support.h"
#include "render/html/search_index.h"
#include "util/utf8.h"

namespace {

using namespace pvpp;

std::vector<std::string_view> split(std::string_view text, char separator) {
    std::vector<std::string_view> parts;
    for (std::size_t start = 0;;) {
        std::size_t end = text.find(separator, start);
        parts.push_back(text.substr(start, end == std::string_view::npos ? end : end - start));
        if (end == std::string_view::npos) { return parts; }
        start = end + 1;
    }
}

PageView page_from(std::string_view bytes) {
    std::vector<std::string_view> parts = split(bytes, '\x1f');
    parts.resize(std::max<std::size_t>(parts.size(), 6));
    PageView page;
    page.path = parts[0];
    page.code = parts[1];
    page.title = parts[2];
    page.kind = parts[3];
    page.breadcrumbs = {{"Sākums", "../"}, {std::string(parts[4]), "./"}};
    page.fields.push_back({"Apraksts", std::string(parts[5])});
    for (std::size_t i = 6; i < parts.size(); i += 3) {
        std::string_view heading = i + 1 < parts.size() ? parts[i + 1] : "";
        std::string_view html = i + 2 < parts.size() ? parts[i + 2] : "";
        page.sections.push_back({std::string(parts[i]), std::string(heading), std::string(html)});
    }
    return page;
}

// The whole script: one assignment of a JSON object, one entry a line, nothing that ends a script element.
void check_script(const std::string& js, std::size_t entries) {
    const std::string head = "window.PVPP_SEARCH_INDEX = ";
    fuzz::require(js.starts_with(head) && js.ends_with("};\n"), "not one assignment", js);
    fuzz::require(fuzz::is_json(std::string_view(js).substr(head.size(), js.size() - head.size() - 2)), "not JSON", js);
    fuzz::require(static_cast<std::size_t>(std::count(js.begin(), js.end(), '\n')) == entries + 2,
                  "entries do not take one line each", js);
    fuzz::require(js.find("</") == std::string::npos, "'</' could end a script element", js);
    for (std::string_view separator : {"\u2028", "\u2029"}) {
        fuzz::require(js.find(separator) == std::string::npos, "raw line separator in a string", js);
    }
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    std::string_view input(reinterpret_cast<const char*>(data), size);
    // Page views hold text the loader accepted: valid UTF-8 without NUL.
    if (first_invalid_utf8(input) || input.find('\0') != std::string_view::npos) { return -1; }
    std::vector<PageView> pages;
    for (std::string_view bytes : split(input, '\x1e')) { pages.push_back(page_from(bytes)); }
    std::vector<SearchEntry> entries = search_entries(pages);
    std::string js = search_index_js(entries);
    check_script(js, entries.size());
    return 0;
}
