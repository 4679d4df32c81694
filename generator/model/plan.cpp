#include "model/plan.h"

namespace pvpp {

std::string Measure::line_code() const {
    std::size_t dot = code.find('.');
    return "RV" + code.substr(1, dot == std::string::npos ? std::string::npos : dot - 1);
}

}  // namespace pvpp
