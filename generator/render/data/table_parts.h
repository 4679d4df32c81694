// What the table files share: corpus values as JSON values, and the schedule fields.
#pragma once
#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "model/record_fields.h"
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

/// Every record kind's table, in kind order, each followed by what its TableHook adds
/// (record_tables.cpp).
void add_record_tables(const Corpus& corpus, std::vector<Table>& tables);

/// A descriptor's field as a column (not a kind's key), and its value in a row.
Field field_column(const FieldInfo& f, bool nullable);
json::Value field_json(const FieldInfo& f, bool nullable, const FieldValue& v);

/// A reference to records of a kind: its table, and the pattern of the kind's codes or ids.
Field ref_to(const std::string& name, EntityKind kind, const std::string& description, bool nullable = false);
Field refs_to(const std::string& name, EntityKind kind, const std::string& description);

/// Called right after a kind's table is added (tables.back()): adds its columns of a shape of
/// their own and the tables of records that are no kind of their own, in their place beside it.
using TableHook = void (*)(const Corpus& corpus, std::vector<Table>& tables);
void add_task_groups(const Corpus& corpus, std::vector<Table>& tables);       ///< after levels
void add_carriers(const Corpus& corpus, std::vector<Table>& tables);          ///< roles' column
void add_matrix_and_cards(const Corpus& corpus, std::vector<Table>& tables);  ///< tasks' column, cards after
void add_milestones(const Corpus& corpus, std::vector<Table>& tables);        ///< before action lines
void add_activities(const Corpus& corpus, std::vector<Table>& tables);        ///< measures' column
void add_exclusions(const Corpus& corpus, std::vector<Table>& tables);        ///< after institution groups

/// Adds a column of a shape of its own to a table whose rows are `records`, in their order.
template <typename T>
void add_column(Table& table, Field field, const std::vector<T>& records, json::Value (*value)(const T&)) {
    for (std::size_t i = 0; i < records.size() && i < table.rows.size(); ++i) {
        table.rows[i].members.emplace_back(field.name, value(records[i]));
    }
    table.fields.push_back(std::move(field));
}

/// The `provenance` field of a table whose records are not a record kind of their own (the
/// milestones, the task groups), and its value for one row; provenance_fields.cpp.
Field provenance_field();
json::Value provenance_value(const RecordProvenance& p);
/// A `provenance` object on every row of a table whose records have one (provenance_fields.cpp).
void add_provenance(const Corpus& corpus, std::vector<Table>& tables);

}  // namespace pvpp::opendata
