// The site's search index (static/search-index.js): built at generation time so
// search needs no server and works from file:// (docs/site-contracts.md).
#pragma once
#include <cstddef>
#include <string>
#include <vector>

#include "render/html/page_view.h"

namespace pvpp {

/// One place a search can land on: a page, or a section of it with an anchor.
struct SearchEntry {
    std::string url;      ///< site-relative folder, "#anchor" allowed: "lv/uzdevumi/pu2-10/#sadala-3"
    std::string code;     ///< the page's code, "" for sections and pages without one
    std::string title;
    std::string kind;     ///< Latvian kind of the page ("Uzdevums")
    std::string chapter;  ///< where the hit lives, shown beside it
    std::string text;     ///< plain text (tags stripped, entities decoded), not yet folded
};

/// Entries in page order: each page, then each of its sections that has an id.
/// A page's chapter is its first breadcrumb after "Sākums" ("Uzdevumi",
/// "RV3", a condition group…), or its kind when it has none; a section's
/// chapter is its page's code and title, and its text is that section alone.
/// A page's text is its field values and section bodies (labels and headings
/// are left out: "Apraksts" on every page would match every query).
std::vector<SearchEntry> search_entries(const std::vector<PageView>& pages);

/// The script `window.PVPP_SEARCH_INDEX = {"version":1,"entries":[…]};` with
/// keys u c t k h x; x is the text lower-cased, diacritics folded and cut to
/// about k_search_text_limit bytes at a word boundary. One entry a line.
std::string search_index_js(const std::vector<SearchEntry>& entries);

/// The most bytes of text an entry carries, so the index stays small.
inline constexpr std::size_t k_search_text_limit = 2000;

}  // namespace pvpp
