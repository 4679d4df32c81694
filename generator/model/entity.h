// Names any record of the corpus by kind and id, so references can point both ways.
#pragma once
#include <string>

namespace pvpp {

enum class EntityKind {
    term, principle, scale, level, stage, role, task, condition_group, condition, capability,
    competence, technology, line, measure, institution_group, page, live_page
};

/// A record: its kind and its code or id ("PU2-10", "pakalpojuma-saimnieks", a page slug).
struct EntityKey {
    EntityKind kind = EntityKind::task;
    std::string id;

    auto operator<=>(const EntityKey&) const = default;  ///< by kind, then id
};

}  // namespace pvpp
