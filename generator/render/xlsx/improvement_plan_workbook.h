// An institution's individual improvement plan draft (P2.4) as a workbook: every item it
// rated below the expected level, with what the policy says about it, and the columns
// the institution fills in (measure, responsible person, quarter, funding and its source).
#pragma once
#include "render/common/assessment_refs.h"
#include "render/xlsx/workbook_spec.h"

namespace pvpp {

/// The workbook `plani/<slug>.xlsx`, dated `created`.
WorkbookSpec improvement_plan_workbook(const PlanView& plan, const Date& created);

}  // namespace pvpp
