#include "model/plan.h"

namespace pvpp {

const std::vector<std::string>& live_page_kinds() {
    static const std::vector<std::string> kinds = {"terms", "principles", "roles", "tasks", "conditions",
                                                   "capabilities", "plan", "workplan", "institutions", "index"};
    return kinds;
}

std::string Measure::line_code() const {
    std::size_t dot = code.find('.');
    return "RV" + code.substr(1, dot == std::string::npos ? std::string::npos : dot - 1);
}

}  // namespace pvpp
