// Pages to search entries, and entries to the index script. Pure: the site
// renderer writes the result as static/search-index.js.
#include "render/html/search_index.h"

#include "util/html_text.h"
#include "util/json_string.h"
#include "util/lower_case.h"
#include "util/slug.h"

namespace pvpp {
namespace {

std::string page_chapter(const PageView& page) {
    for (const auto& crumb : page.breadcrumbs) {
        if (crumb.label != "Sākums") { return crumb.label; }
    }
    return page.kind;
}

std::string page_text(const PageView& page) {
    std::string text;
    auto add = [&text](const std::string& html) {
        std::string plain = html_to_text(html);
        if (plain.empty()) { return; }
        if (!text.empty()) { text += ' '; }
        text += plain;
    };
    for (const auto& f : page.fields) { add(f.html); }
    for (const auto& s : page.sections) { add(s.html); }
    return text;
}

SearchEntry section_entry(const PageView& page, const PageSection& section) {
    std::string where = page.code.empty() ? page.title : page.code + " " + page.title;
    std::string title = section.heading.empty() ? page.title : section.heading;
    return {page.path + "#" + section.id, "", title, page.kind, where, html_to_text(section.html)};
}

// Cuts at the last space within the limit, so no word (or UTF-8 sequence) is split.
std::string shorten(std::string text, std::size_t limit) {
    if (text.size() <= limit) { return text; }
    std::size_t cut = text.rfind(' ', limit);
    if (cut == std::string::npos) {
        cut = limit;
        while (cut > 0 && (static_cast<unsigned char>(text[cut]) & 0xC0) == 0x80) { --cut; }
    }
    text.resize(cut);
    return text;
}

std::string entry_json(const SearchEntry& e) {
    // Cut first with room to spare (folding makes a character at most three times shorter),
    // so that long texts are not lower-cased and folded whole only to be cut.
    std::string x = shorten(fold_diacritics(lower_latvian(shorten(e.text, 4 * k_search_text_limit))), k_search_text_limit);
    return "{\"u\":" + json_quote(e.url) + ",\"c\":" + json_quote(e.code) + ",\"t\":" + json_quote(e.title) +
           ",\"k\":" + json_quote(e.kind) + ",\"h\":" + json_quote(e.chapter) + ",\"x\":" + json_quote(x) + "}";
}

}  // namespace

std::vector<SearchEntry> search_entries(const std::vector<PageView>& pages) {
    std::vector<SearchEntry> entries;
    for (const auto& page : pages) {
        entries.push_back({page.path, page.code, page.title, page.kind, page_chapter(page), page_text(page)});
        for (const auto& section : page.sections) {
            if (!section.id.empty()) { entries.push_back(section_entry(page, section)); }
        }
    }
    return entries;
}

std::string search_index_js(const std::vector<SearchEntry>& entries) {
    std::string js = "window.PVPP_SEARCH_INDEX = {\"version\":1,\"entries\":[";
    for (std::size_t i = 0; i < entries.size(); ++i) {
        js += i == 0 ? "\n" : ",\n";
        js += entry_json(entries[i]);
    }
    return js + "\n]};\n";
}

}  // namespace pvpp
