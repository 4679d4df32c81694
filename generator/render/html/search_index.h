// The site's search index (static/search-index.js): built at generation time so
// search needs no server and works from file:// (docs/site-contracts.md).
#pragma once
#include <cstddef>
#include <string>
#include <vector>

#include "render/common/edition.h"
#include "render/html/page_view.h"

namespace pvpp {

/// A piece of a page a hit can point into: its fields (no anchor), or one section.
struct SearchPart {
    std::string anchor;   ///< the section's id, "" for the page itself
    std::string heading;  ///< the section's heading, shown under the page title; "" for none
    std::string text;     ///< plain text (tags stripped, entities decoded), as the reader sees it
    bool links = false;   ///< mostly links to other pages (a list of tasks, "Saistīts ar"): mentions
};

/// One page a search can land on, with the parts its hits point into.
struct SearchEntry {
    std::string url;   ///< site-relative folder: "lv/uzdevumi/pu2-10/"
    std::string code;  ///< the page's code, "" for pages without one
    std::string title;
    std::string kind;     ///< Latvian kind of the page ("Uzdevums")
    std::string chapter;  ///< where the page lives, shown beside it
    std::vector<SearchPart> parts;
};

/// The records the edition gives no page of their own (MovedPages: a principle or condition
/// with nothing beyond its code and name) become parts of the page that holds their place,
/// headed by code and name, so a search for them lands there.
void add_moved_records(std::vector<SearchEntry>& entries, const Corpus& corpus, const MovedPages& moved);

/// One entry per page, in page order. A page's chapter is its first breadcrumb
/// after "Sākums" ("Uzdevumi", "RV3", a condition group…), or its kind when it has
/// none. Its first part is its field values (labels are left out: "Apraksts" on
/// every page would match every query), then one part per section with text.
std::vector<SearchEntry> search_entries(const std::vector<PageView>& pages);

/// The script `window.PVPP_SEARCH_INDEX = {"version":2,"pages":[…]};`, one page a
/// line, each {"u","c","t","k","h","p":[[anchor, heading, text], …]}, a part that is
/// mostly links with a fourth element 1. Texts keep
/// their case and diacritics (the browser marks matched words in them); search.js
/// folds and stems index and query alike. Each text is cut to about
/// k_search_text_limit bytes at a word boundary.
std::string search_index_js(const std::vector<SearchEntry>& entries);

/// The most bytes of text a part carries: more than any part of the shipped corpus holds
/// (10 kB the longest), so that every word is found, yet a bound on a pathological page.
inline constexpr std::size_t k_search_text_limit = 12000;

}  // namespace pvpp
