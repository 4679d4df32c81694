// The fields of each shipped record kind, in the order of its table (model/shipped_fields.cpp).
#pragma once
#include <vector>

#include "model/record_fields.h"

namespace pvpp {

std::vector<FieldInfo> term_fields();
std::vector<FieldInfo> principle_fields();
std::vector<FieldInfo> axis_fields(bool scales);  ///< scales have a scope, levels do not
std::vector<FieldInfo> stage_fields();
std::vector<FieldInfo> role_fields();
std::vector<FieldInfo> task_fields();
std::vector<FieldInfo> condition_group_fields();
std::vector<FieldInfo> condition_fields();
std::vector<FieldInfo> capability_fields();
std::vector<FieldInfo> catalogue_fields(EntityKind kind);  ///< competences and technologies
std::vector<FieldInfo> line_fields();
std::vector<FieldInfo> measure_fields();
std::vector<FieldInfo> institution_group_fields();
std::vector<FieldInfo> page_fields();
std::vector<FieldInfo> live_page_fields();

}  // namespace pvpp
