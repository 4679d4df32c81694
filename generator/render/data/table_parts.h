// What the table files share: a descriptor field's column and value, the schedule's six, and the
// parts of records that are no kind of their own (model/parts.h) as columns.
#pragma once
#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "model/parts.h"
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

/// A part as a column of objects, and its value: the owner's items.
Field objects_column(const RecordPart& part);
json::Value objects_value(const RecordPart& part, const void* owner);

/// The cards: a table after the tasks, their sections objects of their own (task_tables.cpp).
Table cards(const Corpus& corpus);

/// The `provenance` field of every table, and its value for one row; provenance_fields.cpp.
Field provenance_field();
json::Value provenance_value(const RecordProvenance& p);

}  // namespace pvpp::opendata
