#include "model/plan.h"

namespace pvpp {

const std::vector<std::string>& live_page_kinds() {
    static const std::vector<std::string> kinds = {"terms", "principles", "roles", "tasks", "conditions",
                                                   "capabilities", "plan", "workplan", "institutions", "index"};
    return kinds;
}

const std::vector<std::string>& generated_url_segments() {
    static const std::vector<std::string> segments = {
        "atbildibas-matrica", "darba-plans", "iestades", "jedzieni", "kompetences", "lejupielades",
        "limeni", "lomas", "meklesana", "merogi", "nosacijumi", "posmi", "principi", "resursi",
        "satura-pilnigums", "spejas", "tehnologijas", "uzdevumi"};
    return segments;
}

std::string Measure::line_code() const {
    std::size_t dot = code.find('.');
    return "RV" + code.substr(1, dot == std::string::npos ? std::string::npos : dot - 1);
}

}  // namespace pvpp
