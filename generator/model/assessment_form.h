// The layout of the P2.3 self-assessment workbook that the template writer and the reader
// of filled workbooks share: sheet names, the institution's answer cells, the rated parts,
// and the levels. One place, so the reader can never drift from the template.
#pragma once
#include <array>
#include <string>
#include <vector>

#include "model/corpus.h"

namespace pvpp {

/// The sheet with the institution's name, group, date and assessor.
inline constexpr const char* k_assessment_info_sheet = "Iestāde";
/// The lookup sheet listing Table 1's groups (the group drop-down's source).
inline constexpr const char* k_assessment_groups_sheet = "Grupas";
/// The rows of the info sheet's answers (0-based; labels in column A, answers in B).
inline constexpr int k_info_first_row = 2;
/// The labels of the info sheet, in row order: name, group, date, assessor.
inline constexpr std::array<const char*, 4> k_info_labels = {
    "Iestādes nosaukums", "Iestāžu grupa (1. tabula)", "Novērtējuma datums", "Novērtētājs (vārds, uzvārds, amats)"};
/// The first data row of a part's sheet (0-based); columns: code, name, rating, notes.
inline constexpr int k_part_first_row = 2;
inline constexpr int k_max_rating = 4;
/// The level the plan expects. The corpus defines no development levels, so this is
/// the template's own assumption, labelled as such wherever it is used.
inline constexpr int k_expected_level = 3;
inline constexpr const char* k_expected_level_note =
    "Sagaidāmais līmenis 3 (“lielākoties ieviests”) ir veidnes pieņēmums: politika attīstības līmeņus nenosaka.";

/// One row to rate: a task, condition, capability or resource.
struct AssessmentItem {
    std::string code;
    std::string name;
};

/// A part of the policy to rate: its sheet and the rows it rates, in corpus order.
struct AssessmentPart {
    std::string sheet;
    std::string title;
    std::vector<AssessmentItem> items;
};

/// Tasks, conditions, capabilities and resources, as the template lists them.
std::vector<AssessmentPart> assessment_parts(const Corpus& corpus);

/// The drop-down text of a Table 1 group: "1. Valsts tiešās pārvaldes iestādes".
std::string group_label(const InstitutionGroup& group);

/// The groups the policy applies to (Table 1), in corpus order.
std::vector<const InstitutionGroup*> policy_groups(const Corpus& corpus);

}  // namespace pvpp
