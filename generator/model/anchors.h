// The live site's anchor ids, made from each record's heading the way varam.gov.lv makes them.
#pragma once
#include <string>

#include "model/conditions.h"
#include "model/policy.h"
#include "model/task.h"

namespace pvpp {

/// `5. loma "Pakalpojuma saimnieks"` → "5-loma-pakalpojuma-saimnieks".
std::string role_anchor(const Role& role);
/// `PU2-1 Pakalpojumu plānošana, …` → "pu2-1-pakalpojumu-planosana-…".
std::string task_anchor(const Task& task);
/// `N1-4 Vienveidīga izveide un piedāvāšana (Pārvaldāmība)` → "n1-4-…-parvaldamiba".
std::string condition_anchor(const Condition& condition, const std::string& group_name);
/// `S2-4 Saimnieka attieksme` → "s2-4-saimnieka-attieksme".
std::string capability_anchor(const Capability& capability);

}  // namespace pvpp
