// What the table files share: a descriptor field's column and value, the schedule's six, and the
// parts of a shape of their own described the same way.
#pragma once
#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "model/record_fields.h"
#include "render/data/open_data.h"

namespace pvpp::opendata {

using Members = std::vector<json::Member>;

/// The six columns of a work-plan row's schedule, start … period_to, and their values.
std::vector<Field> schedule_fields();
void add_schedule(Members& members, const Schedule& schedule);

/// A descriptor's field as a column (not a kind's key), and its value in a row. A reference names
/// its kind's table, and matches the pattern of that kind's codes or ids.
Field field_column(const FieldInfo& f, bool nullable);
json::Value field_json(const FieldInfo& f, bool nullable, const FieldValue& v);

/// Records of a shape of their own, described by their fields as a kind's records are: the rows
/// of a table of records that are no kind of their own (the milestones: `head` names the table),
/// or the objects of a column of a kind's table (a task's matrix: `head` gives its name and
/// description). Its columns and values follow from the fields as a kind's do.
struct Part {
    Table head;
    std::vector<FieldInfo> fields;
    /// Calls fn with each record: of the corpus for a table (owner: the Corpus), of a record for
    /// a column (owner: the record).
    void (*each)(const void* owner, const RecordVisitor& fn);
};

/// Each item of a list of the owner, with its provenance when it has one: `items_of<&Role::carriers>`.
template <auto Items>
void items_of(const void* owner, const RecordVisitor& fn) {
    using Owner = typename member_owner<decltype(Items)>::type;
    for (const auto& x : static_cast<const Owner*>(owner)->*Items) {
        if constexpr (requires { x.provenance; }) {
            fn({{}, {}, &x.loc, &x.provenance, &x});
        } else {
            fn({{}, {}, nullptr, nullptr, &x});
        }
    }
}

/// The record a getter reads, as its struct.
template <typename T>
const T& as(const void* record) {
    return *static_cast<const T*>(record);
}

/// A part as a column of objects, and its value: the owner's items.
Field objects_column(const Part& part);
json::Value objects_value(const Part& part, const void* owner);

// The parts, each in the module of its kind: role_tables.cpp, task_tables.cpp, plan_tables.cpp.
extern const Part k_task_groups;  ///< a table after the levels
extern const Part k_carriers;     ///< the roles' column
extern const Part k_matrix;       ///< the tasks' column
extern const Part k_milestones;   ///< a table before the action lines
extern const Part k_activities;   ///< the measures' column
extern const Part k_exclusions;   ///< a table after the institution groups
/// The cards: a table after the tasks, their sections objects of their own (task_tables.cpp).
Table cards(const Corpus& corpus);

/// The `provenance` field of every table, and its value for one row; provenance_fields.cpp.
Field provenance_field();
json::Value provenance_value(const RecordProvenance& p);

}  // namespace pvpp::opendata
