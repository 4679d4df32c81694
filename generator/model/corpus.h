// The whole policy corpus as loaded: plain data, no I/O. Frozen after validation.
#pragma once
#include <vector>

#include "model/conditions.h"
#include "model/plan.h"
#include "model/policy.h"
#include "model/task.h"

namespace pvpp {

struct Corpus {
    std::vector<Term> terms;
    std::vector<Principle> principles;
    std::vector<Axis> scales;
    std::vector<Axis> levels;
    std::vector<Stage> stages;
    std::vector<Role> roles;
    std::vector<Task> tasks;
    std::vector<TaskCard> cards;
    std::vector<ConditionGroup> condition_groups;
    std::vector<Condition> conditions;
    std::vector<Capability> capabilities;  ///< capabilities and resources
    std::vector<CatalogueItem> competences;
    std::vector<CatalogueItem> technologies;
    std::vector<ActionLine> lines;
    std::vector<Measure> measures;
    std::vector<InstitutionGroup> institution_groups;
    std::vector<Exclusion> exclusions;
    std::vector<Page> pages;
    SiteConfig site;
};

}  // namespace pvpp
