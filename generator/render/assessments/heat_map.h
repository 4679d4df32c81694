// The national picture as a heat map (SVG): a row per task, condition and capability or
// resource, a column per level, each cell shaded by the share of institutions that chose
// that level and labelled with their count. Its text alternative is the table the page
// shows beside it; the SVG says so and carries its own title and description.
#pragma once
#include <map>
#include <string>

#include "model/assessment.h"

namespace pvpp {

/// The heat map of `institutions` assessments.
std::string heat_map_svg(const NationalPicture& picture, const std::vector<AssessmentPart>& parts,
                         std::size_t institutions);

/// The averages by group: a column per Table 1 group that sent assessments (labels:
/// number → name), each cell shaded by the group's average rating 0–4.
std::string group_heat_map_svg(const NationalPicture& picture, const std::vector<AssessmentPart>& parts,
                               const std::map<int, std::string>& groups);

}  // namespace pvpp
