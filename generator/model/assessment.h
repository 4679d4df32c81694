// A filled self-assessment as read back, and what follows from many of them: each
// institution's improvement-plan rows (P2.4) and the national picture (counts per level,
// overall and by Table 1 group). Pure functions, no I/O.
#pragma once
#include <array>
#include <map>
#include <optional>
#include <string>
#include <vector>

#include "model/assessment_form.h"

namespace pvpp {

/// One rated row of a filled workbook.
struct Rating {
    std::string code;
    std::optional<int> level;  ///< 0…4; empty when the row was left unrated
    std::string note;          ///< as typed, never a formula when written back
};

/// One institution's filled workbook.
struct Assessment {
    std::string file;         ///< the workbook's name in the folder read
    std::string institution;  ///< as written in the template
    int group = 0;            ///< Table 1 group number
    std::string date;         ///< "01.03.2026", or "" when not given
    std::string assessor;
    std::vector<std::vector<Rating>> parts;  ///< per AssessmentPart, in its item order
};

/// A row of an improvement plan: an item rated below the expected level.
struct PlanItem {
    std::size_t part = 0;  ///< index into assessment_parts()
    std::string code;
    std::string name;
    int level = 0;
    std::string note;
};

/// The items of one assessment rated below `expected`, in the template's order.
std::vector<PlanItem> plan_items(const std::vector<AssessmentPart>& parts, const Assessment& a, int expected);

/// How many rated an item at each level; index k_max_rating + 1 counts "not rated".
using LevelCounts = std::array<int, k_max_rating + 2>;

/// One item's counts, overall and by group number.
struct ItemPicture {
    std::size_t part = 0;
    std::string code;
    std::string name;
    LevelCounts overall{};
    std::map<int, LevelCounts> by_group;
};

/// The national picture of all assessments read.
struct NationalPicture {
    std::vector<ItemPicture> items;    ///< every item in template order
    std::map<int, int> institutions;   ///< assessments per group number
    std::vector<std::string> missing;  ///< expected institutions that sent nothing, in list order
};

/// Aggregates the assessments; `expected` lists the institutions that should answer.
NationalPicture national_picture(const std::vector<AssessmentPart>& parts, const std::vector<Assessment>& all,
                                 const std::vector<std::string>& expected);

/// The key two names of one institution share: trimmed, Latvian lower case, spaces collapsed.
std::string institution_key(std::string_view name);

}  // namespace pvpp
