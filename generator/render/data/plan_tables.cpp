// What the work plan and the institutions have beyond their fields: the chart's milestones
// (before the action lines), each measure's activities, and the exclusions of §4.1.5 (after
// the institution groups).
#include "render/data/table_parts.h"

namespace pvpp::opendata {

using K = EntityKind;
using F = FieldKind;

const Part k_activities = {{"activities", "", "", "", "Sub-activities, in the plan's order."},
                           {{"name", F::text, K::measure, "", member<&Activity::name>, "Name."},
                            {"schedule", F::schedule, K::measure, "", member<&Activity::schedule>}},
                           items_of<&Measure::activities>};

// The chart's milestones: a date (null when it cannot be read) and the progress.
const Part k_milestones = {
    {"milestones", "milestone", "atskaites punkti", "name", "Milestones of the work plan's Gantt chart, in its order."},
    {{"name", F::text, K::line, "", member<&Milestone::name>, "Name, as the chart gives it."},
     {"date", F::date, K::line, "", [](const void* m) { return as_field(as<Milestone>(m).schedule.start); },
      "The milestone's date; null when the chart's date cannot be read."},
     {"done_percent", F::number, K::line, "",
      [](const void* m) { return as_field(as<Milestone>(m).schedule.done_percent); },
      "Progress in percent; null when not known.", true, 0, 100}},
    items_of<&Corpus::milestones>};

const Part k_exclusions = {
    {"exclusions", "exclusion", "izņēmumi", "number", "Institutions the policy excludes (section 4.1.5 of the plan)."},
    {{"number", F::text, K::institution_group, "", member<&Exclusion::number>, "Number in the plan, e.g. 4.1.5.1."},
     {"name", F::text, K::institution_group, "", member<&Exclusion::name>, "Name."}},
    items_of<&Corpus::exclusions>};

}  // namespace pvpp::opendata
