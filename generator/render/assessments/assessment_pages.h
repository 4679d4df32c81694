// The HTML pages of `pvpp novertejumi`: the national picture (index.html, with the heat
// map and its tables) and one improvement plan draft per institution (plani/<slug>.html).
// Internal to the ministry: standalone pages with their own small stylesheet, no scripts.
#pragma once
#include <map>
#include <string>

#include "render/common/assessment_refs.h"

namespace pvpp {

/// The plan page of one institution.
std::string plan_page(const PlanView& plan);

/// What the picture page shows.
struct PicturePage {
    const NationalPicture& picture;
    const std::vector<AssessmentPart>& parts;
    const std::vector<PlanView>& plans;
    const std::map<int, std::string>& groups;  ///< number → label
    bool has_expected_list = false;            ///< the folder had iestades.txt
    std::string svg;                           ///< the heat map
    std::string group_svg;                     ///< the averages by group
};

/// index.html.
std::string picture_page(const PicturePage& page);

}  // namespace pvpp
