#include "model/plan.h"

namespace pvpp {

const std::vector<std::string>& live_page_kinds() {
    static const std::vector<std::string> kinds = {"terms", "principles", "roles", "tasks", "conditions",
                                                   "capabilities", "plan", "workplan", "institutions", "index"};
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
