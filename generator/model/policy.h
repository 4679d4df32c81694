// The policy's vocabulary: terms, principles, scales, levels, stages, roles.
#pragma once
#include <string>
#include <vector>

#include "model/provenance.h"
#include "model/text.h"

namespace pvpp {

struct Term : Sourced {
    std::string id;
    std::string name;
    std::vector<std::string> forms;  ///< inflected forms that count as a use
    Text definition;                 ///< empty when the seeds give none
    std::vector<Ref> see_also;       ///< term ids
    std::string source;
};

struct Principle : Sourced {
    int number = 0;
    std::string name;
    Text description;
};

/// A scale (horizontal axis) or a level (vertical axis) of the role grid.
struct Axis : Sourced {
    std::string id;
    int number = 0;
    std::string name;
    std::string scope;  ///< scales only: "valsts kopumā"
    Text description;
};

/// The roles a group of tasks involves (the slide "Pakalpojumu pārvaldības uzdevumi" of
/// seed 000: PU1 five policy roles, PU2 seven, PU3 all ten); group as in Task::group().
struct TaskGroupRoles : Sourced {
    int group = 0;
    std::vector<Ref> roles;
};

struct Stage : Sourced {
    std::string id;
    std::string group;  ///< "politikas" or "pamatdarbibas"
    int number = 0;
    std::string name;
};

/// Who carries a role's duties ("Pakalpojuma vadītājs" …).
struct Carrier {
    std::string title;
    std::string text;
};

struct Role : Sourced {
    int number = 0;
    std::string id;
    std::string name;
    Text institution;
    Text description;
    Text focus;
    std::vector<Ref> scales;
    std::vector<Ref> levels;
    std::vector<std::string> rules;
    std::vector<Carrier> carriers;
};

}  // namespace pvpp
