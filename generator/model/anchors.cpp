#include "model/anchors.h"

#include "util/slug.h"

namespace pvpp {

std::string role_anchor(const Role& role) {
    return slugify(std::to_string(role.number) + ". loma \"" + role.name + "\"");
}

std::string task_anchor(const Task& task) { return slugify(task.code + " " + task.name); }

std::string condition_anchor(const Condition& condition, const std::string& group_name) {
    return slugify(condition.code + " " + condition.name + " (" + group_name + ")");
}

std::string capability_anchor(const Capability& capability) {
    return slugify(capability.code + " " + capability.name);
}

}  // namespace pvpp
