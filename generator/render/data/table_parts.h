// What the table files share: corpus values as JSON values, and the schedule fields.
#pragma once
#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "render/data/open_data.h"

namespace pvpp::opendata {

using Members = std::vector<json::Member>;

/// A Markdown field as its Markdown, or null when the corpus has none.
json::Value text_value(const Text& text);
/// References as the codes or ids they name.
json::Value refs_value(const std::vector<Ref>& refs);
/// 2025-03-31, or null when unknown.
json::Value date_value(const std::optional<Date>& date);
json::Value int_or_null(const std::optional<int>& value);
json::Value bool_or_null(const std::optional<bool>& value);

/// start, end, duration_days and done_percent of a work-plan row.
std::vector<Field> schedule_fields();
void add_schedule(Members& members, const Schedule& schedule);

void add_policy_tables(const Corpus& corpus, std::vector<Table>& tables);     ///< terms … roles
void add_task_tables(const Corpus& corpus, std::vector<Table>& tables);       ///< tasks, cards
void add_condition_tables(const Corpus& corpus, std::vector<Table>& tables);  ///< conditions … technologies
void add_plan_tables(const Corpus& corpus, std::vector<Table>& tables);       ///< work plan, institutions, pages
void add_generic_tables(const Corpus& corpus, std::vector<Table>& tables);    ///< kinds with no struct of their own
/// The `provenance` field of a table whose records are not a record kind of their own (the
/// milestones, the task groups), and its value for one row; provenance_fields.cpp.
Field provenance_field();
json::Value provenance_value(const RecordProvenance& p);
/// A `provenance` object on every row of a table whose records have one (provenance_fields.cpp).
void add_provenance(const Corpus& corpus, std::vector<Table>& tables);

}  // namespace pvpp::opendata
