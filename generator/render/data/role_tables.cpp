// What the roles have beyond their fields: the people who carry a role's duties, and the roles
// each task level involves (after the levels, as the tasks' level_group names them).
#include "render/data/table_parts.h"

namespace pvpp::opendata {

using K = EntityKind;
using F = FieldKind;

const Part k_carriers = {{"carriers", "", "", "", "People who carry the role's duties."},
                         {{"title", F::text, K::role, "", member<&Carrier::title>, "Who carries the duties."},
                          {"text", F::text, K::role, "", member<&Carrier::text>, "How."}},
                         items_of<&Role::carriers>};

// The roles each task level involves (group as the tasks' level_group: 1 = PU1 …).
const Part k_task_groups = {
    {"task_groups", "task_group", "uzdevumu grupas", "group", "The roles each task level PU1, PU2, PU3 involves."},
    {{"group", F::number, K::task, "", member<&TaskGroupRoles::group>,
      "The task level: 1 = PU1, 2 = PU2, 3 = PU3 (tasks' level_group).", false, 1, 3},
     {"roles", F::refs, K::role, "", member<&TaskGroupRoles::roles>, "Roles the level's tasks involve."}},
    items_of<&Corpus::task_group_roles>};

}  // namespace pvpp::opendata
