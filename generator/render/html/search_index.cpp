// Pages to search entries, and entries to the index script. Pure: the site
// renderer writes the result as static/search-index.js.
#include "render/html/search_index.h"

#include "render/common/urls.h"
#include "util/html_text.h"
#include "util/json_string.h"

namespace pvpp {
namespace {

std::string page_chapter(const PageView& page) {
    for (const auto& crumb : page.breadcrumbs) {
        if (crumb.label != "Sākums") { return crumb.label; }
    }
    return page.kind;
}

// An address such as the live anchor "#n8-2-specializeti-…" is not something a reader
// searches for, and its slug's parts would match the words of the title a second time.
bool is_anchor(const std::string& plain) { return plain.starts_with('#') && plain.find(' ') == std::string::npos; }

// The field values as one part: they sit above the first section, at no anchor. A value
// that only repeats the chapter (the hit already shows it) is left out.
SearchPart fields_part(const PageView& page, const std::string& chapter) {
    SearchPart part;
    for (const auto& f : page.fields) {
        std::string plain = html_to_text(f.html);
        if (plain.empty() || plain == chapter || is_anchor(plain)) { continue; }
        if (!part.text.empty()) { part.text += " · "; }  // labels are left out; the dot keeps values apart
        part.text += plain;
    }
    return part;
}

// The text of the section's links: <a …>text</a>, as the generator writes them.
std::size_t linked_text_size(const std::string& html) {
    std::size_t size = 0;
    for (std::size_t at = html.find("<a "); at != std::string::npos; at = html.find("<a ", at + 1)) {
        std::size_t open_end = html.find('>', at);
        std::size_t close = html.find("</a>", open_end);
        if (open_end == std::string::npos || close == std::string::npos) { break; }
        size += html_to_text(std::string_view(html).substr(open_end + 1, close - open_end - 1)).size();
    }
    return size;
}

// A section whose text is mostly its links names other pages: a hit there is a mention.
SearchPart section_part(const PageSection& s) {
    // page.tpl writes a section's id only with its heading: no heading, no anchor to link to.
    SearchPart part{s.heading.empty() ? "" : s.id, s.heading, html_to_text(s.html)};
    part.links = 2 * linked_text_size(s.html) > part.text.size();
    return part;
}

SearchEntry page_entry(const PageView& page) {
    SearchEntry entry{page.path, page.code, page.title, page.kind, page_chapter(page), {}};
    if (SearchPart fields = fields_part(page, entry.chapter); !fields.text.empty()) {
        entry.parts.push_back(std::move(fields));
    }
    for (const auto& s : page.sections) {
        // A heading alone still names a place: a sub-item such as S2-1 whose text is not written.
        SearchPart part = section_part(s);
        if (!part.text.empty() || !part.heading.empty()) { entry.parts.push_back(std::move(part)); }
    }
    return entry;
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

std::string part_json(const SearchPart& p) {
    return "[" + json_quote(p.anchor) + "," + json_quote(p.heading) + "," +
           json_quote(shorten(p.text, k_search_text_limit)) + (p.links ? ",1]" : "]");
}

std::string entry_json(const SearchEntry& e) {
    std::string parts;
    for (const auto& p : e.parts) { parts += (parts.empty() ? "" : ",") + part_json(p); }
    return "{\"u\":" + json_quote(e.url) + ",\"c\":" + json_quote(e.code) + ",\"t\":" + json_quote(e.title) +
           ",\"k\":" + json_quote(e.kind) + ",\"h\":" + json_quote(e.chapter) + ",\"p\":[" + parts + "]}";
}

}  // namespace

std::vector<SearchEntry> search_entries(const std::vector<PageView>& pages) {
    std::vector<SearchEntry> entries;
    entries.reserve(pages.size());
    for (const auto& page : pages) { entries.push_back(page_entry(page)); }
    return entries;
}

namespace {

void add_moved(std::vector<SearchEntry>& entries, const MovedPages& moved, const std::string& folder,
               const std::string& heading, const std::string& name) {
    auto place = moved.find(folder);
    if (place == moved.end()) { return; }
    for (auto& e : entries) {
        if (e.url == place->second.folder) { e.parts.push_back({place->second.anchor, heading, name}); }
    }
}

}  // namespace

void add_moved_records(std::vector<SearchEntry>& entries, const Corpus& corpus, const MovedPages& moved) {
    for (const auto& p : corpus.principles) {
        add_moved(entries, moved, url::of(EntityKind::principle, std::to_string(p.number)),
                  std::to_string(p.number) + ". " + p.name, p.name);
    }
    for (const auto& c : corpus.conditions) {
        add_moved(entries, moved, url::of(EntityKind::condition, c.code), c.code + " " + c.name, c.name);
    }
    for (const auto& c : corpus.capabilities) {
        add_moved(entries, moved, url::capability(c), c.code + " " + c.name, c.name);
    }
}

std::string search_index_js(const std::vector<SearchEntry>& entries) {
    std::string js = "window.PVPP_SEARCH_INDEX = {\"version\":2,\"pages\":[";
    for (std::size_t i = 0; i < entries.size(); ++i) {
        js += i == 0 ? "\n" : ",\n";
        js += entry_json(entries[i]);
    }
    return js + "\n]};\n";
}

}  // namespace pvpp
