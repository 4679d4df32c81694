// Each part of records that is no kind of its own, stated once for every pass that reads it.
// The descriptions are the open data's schema's.
#include "model/parts.h"

namespace pvpp {

using K = EntityKind;
using F = FieldKind;

// The roles each task level involves (group as the tasks' level_group: 1 = PU1 …).
const RecordPart k_task_groups = {
    "task_group",
    {{"group", F::number, K::task, "", member<&TaskGroupRoles::group>,
      "The task level: 1 = PU1, 2 = PU2, 3 = PU3 (tasks' level_group).", false, 1, 3},
     {"roles", F::refs, K::role, "", member<&TaskGroupRoles::roles>, "Roles the level's tasks involve."}},
    {"task_groups", "The roles each task level PU1, PU2, PU3 involves.", "uzdevumu grupas"},
    items_of<&Corpus::task_group_roles>,
    PartPlace::after};

// Who carries a role's duties; how may be left out, and is then empty.
const RecordPart k_carriers = {
    "carrier",
    {{"title", F::text, K::role, "", member<&Carrier::title>, "Who carries the duties."},
     {.key = "text", .access = member<&Carrier::text>, .description = "How.", .required = false}},
    {"carriers", "People who carry the role's duties."},
    items_of<&Role::carriers>};

// Its cells are read by the task's hook (load/task_loader.cpp), a role's letter as a key of its own.
const RecordPart k_matrix = {
    "matrix",
    {{"role", F::ref, K::role, "", [](const void* c) { return as_field(as<MatrixCell>(c).role); }, "The role."},
     {.key = "letter",
      .type = F::text,
      .access = [](const void* c) { return as_field(std::string(1, as<MatrixCell>(c).letter)); },
      .description = "A: responsible (atbildīgā), L: co-responsible.",
      .values = {"A", "L"}},
     {"inferred", F::flag, K::task, "", derived<&MatrixCell::inferred>,
      "Reconstructed from the sources, not confirmed."}},
    {"matrix", "The task's row of the responsibility matrix: one cell per role that has a letter."},
    items_of<&Task::matrix>};

// Section 3's duties, after its notes: a role and its duties, both written.
const RecordPart k_duties = {"role",
                             {{"role", F::ref, K::role, "", member<&RoleDuties::role>, "The role."},
                              {.key = "text",
                               .type = F::markdown,
                               .access = member<&RoleDuties::text>,
                               .description = "Its duties (Markdown).",
                               .required = true}},
                             {"roles", "Duties per role."},
                             items_of<&TaskCard::Duties::roles>};

// The chart's milestones: a date (null when it cannot be read) and the progress, which the
// loader reads as `date` and `done` (load/plan_loader.cpp).
const RecordPart k_milestones = {
    "milestone",
    {{"name", F::text, K::line, "", member<&Milestone::name>, "Name, as the chart gives it."},
     {"date", F::date, K::line, "", [](const void* m) { return as_field(as<Milestone>(m).schedule.start); },
      "The milestone's date; null when the chart's date cannot be read."},
     {"done_percent", F::number, K::line, "",
      [](const void* m) { return as_field(as<Milestone>(m).schedule.done_percent); },
      "Progress in percent; null when not known.", true, 0, 100}},
    {"milestones", "Milestones of the work plan's Gantt chart, in its order.", "atskaites punkti"},
    items_of<&Corpus::milestones>,
    PartPlace::before};

const RecordPart k_activities = {"activity",
                                 {{"name", F::text, K::measure, "", member<&Activity::name>, "Name."},
                                  {"schedule", F::schedule, K::measure, "", member<&Activity::schedule>}},
                                 {"activities", "Sub-activities, in the plan's order."},
                                 items_of<&Measure::activities>};

// Written beside the institution groups, and counted with them (`counted`).
const RecordPart k_exclusions = {
    "exclusion",
    {{"number", F::text, K::institution_group, "", member<&Exclusion::number>, "Number in the plan, e.g. 4.1.5.1."},
     {"name", F::text, K::institution_group, "", member<&Exclusion::name>, "Name."}},
    {"exclusions", "Institutions the work plan's measures (first round) do not apply to (section 4.1.5 of the plan).", "izņēmumi"},
    items_of<&Corpus::exclusions>,
    PartPlace::after,
    true};

// The sections of a live chapter page; the live pages are the site's settings, not open data.
const RecordPart k_live_sections = {
    "section",
    {{.key = "heading", .access = member<&LiveSection::heading>},
     {.key = "shows", .access = member<&LiveSection::shows>, .optional = true},
     {.key = "terms", .type = F::refs, .target = K::term, .access = member<&LiveSection::terms>}},
    {},
    items_of<&LivePage::sections>};

}  // namespace pvpp
