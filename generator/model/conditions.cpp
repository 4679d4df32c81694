#include "model/conditions.h"

#include <cstdlib>

namespace pvpp {

int Condition::group() const {
    return code.size() > 1 ? std::atoi(code.c_str() + 1) : 0;
}

const std::vector<std::string>& card_parts() {
    static const std::vector<std::string> k_parts = {"processes", "competences", "information", "technologies"};
    return k_parts;
}

std::vector<const Capability*> capability_items(const std::vector<Capability>& all, const Capability& capability) {
    std::vector<const Capability*> items;
    for (const auto& sub : all) {
        if (sub.code.rfind(capability.code + "-", 0) == 0) { items.push_back(&sub); }
    }
    return items;
}

}  // namespace pvpp
