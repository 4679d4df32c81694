// The sheets of appendix 2 "Darba plāns", each a pure function of the corpus.
#pragma once
#include "model/corpus.h"
#include "render/xlsx/workbook_spec.h"

namespace pvpp {

/// A row of the work plan: an action line (outline 1), a measure (2) or a sub-activity (3).
struct PlanRow {
    std::string code;
    std::string name;
    const Schedule* schedule = nullptr;
    const Measure* measure = nullptr;  ///< the measure itself, or the one an activity belongs to
    int outline = 1;
};

/// Lines, each followed by its measures, each followed by its sub-activities.
std::vector<PlanRow> plan_rows(const Corpus& corpus);

SheetSpec workplan_sheet(const Corpus& corpus);
/// The same rows with a month column per month of 2024…2027, filled by conditional formats.
SheetSpec gantt_sheet(const Corpus& corpus);
/// Table 1's institution groups and where the policy and the work plan apply.
SheetSpec institutions_sheet(const Corpus& corpus);
/// The §4.1.5 exclusions.
SheetSpec exclusions_sheet(const Corpus& corpus);

/// A percentage 0…100 as a fraction cell in percent format, or blank when unknown.
Cell percent_cell(const std::optional<int>& percent);

}  // namespace pvpp
