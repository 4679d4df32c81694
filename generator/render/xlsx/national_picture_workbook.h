// The analyst's workbook of the national picture: counts per level for every task,
// condition and capability/resource, overall and by Table 1 group, every rating in one
// long table, the institutions read and those that sent nothing.
#pragma once
#include <map>

#include "model/assessment.h"
#include "render/common/assessment_refs.h"
#include "render/xlsx/workbook_spec.h"

namespace pvpp {

/// The file name below novertejumi/.
inline constexpr const char* k_national_picture_file = "kopaina.xlsx";

/// What the workbook is made from.
struct PictureInput {
    const NationalPicture& picture;
    const std::vector<AssessmentPart>& parts;
    const std::vector<Assessment>& assessments;
    const std::vector<PlanView>& plans;        ///< one per assessment, in the same order
    const std::map<int, std::string>& groups;  ///< number → label
    Date created;
};

WorkbookSpec national_picture_workbook(const PictureInput& in);

}  // namespace pvpp
