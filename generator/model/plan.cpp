#include "model/plan.h"

#include <algorithm>

#include "model/record_kinds.h"

namespace pvpp {

// The pages of the site's own (the plan, the work plan, the index), then each kind's live place.
std::vector<std::string> live_page_kinds() {
    std::vector<std::string> kinds = {"plan", "workplan", "index"};
    for (const auto& k : record_kinds()) {
        if (*k.live_shows && std::find(kinds.begin(), kinds.end(), k.live_shows) == kinds.end()) {
            kinds.emplace_back(k.live_shows);
        }
    }
    return kinds;
}

const std::vector<std::string>& generated_page_slugs() {
    static const std::vector<std::string> slugs = {"atbildibas-matrica", "darba-plans", "lejupielades",
                                                   "meklesana", "satura-pilnigums"};
    return slugs;
}

// A measure whose code is missing (a misspelled key) names no line; it is reported where it is read.
std::string Measure::line_code() const {
    if (code.empty()) { return ""; }
    std::size_t dot = code.find('.');
    return "RV" + code.substr(1, dot == std::string::npos ? std::string::npos : dot - 1);
}

}  // namespace pvpp
