// The levels × scales grid of the roles as an HTML table, for card section 2 and the role sheets.
#pragma once
#include <string>
#include <vector>

#include "render/cards/card_links.h"

namespace pvpp {

/// A role placed in the grid: a badge beside its name ("A", "L" or none) and
/// whether it is the one the page is about.
struct GridEntry {
    const Role* role = nullptr;
    std::string badge;
    bool highlight = false;
    bool inferred = false;  ///< the badge is an inferred matrix cell (shown only in the review edition)
};

/// The entry's letter as a badge, with "?" after an inferred one, and a space; "" when it has none.
std::string entry_badge(const GridEntry& e);

/// Rows are levels, columns scales; each role appears in every cell of its levels and scales.
std::string role_grid_html(const CardLinks& links, const std::vector<GridEntry>& entries);

/// The stages by group with the involved ones marked; says so when the corpus does not know.
std::string stage_involvement_html(const CardLinks& links, const std::vector<Ref>& stages);

}  // namespace pvpp
