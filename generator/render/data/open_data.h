// The corpus as open data: a table per kind of record, each described once (its
// fields, their types, patterns and references) for the JSON, its schema and the CSV.
#pragma once
#include <optional>
#include <string>
#include <vector>

#include "model/corpus.h"
#include "render/data/json_value.h"

namespace pvpp::opendata {

/// The format's version, written into pvpp.json and its schema. The major part
/// changes when a reader of the previous version would misread the data.
inline constexpr const char* k_schema_version = "1.1";  // 1.1: milestones, task_groups

/// What a field holds; its JSON Schema and its CSV columns follow from the type.
enum class FieldType { string, text, integer, boolean, date, strings, object, objects };

struct Field {
    std::string name;
    FieldType type = FieldType::string;
    bool nullable = false;            ///< null when the corpus does not have the value
    std::string pattern;              ///< string, strings: what each value matches
    std::vector<std::string> values;  ///< string: the only values allowed
    std::optional<int> minimum;       ///< integer
    std::optional<int> maximum;       ///< integer
    std::string refers_to;            ///< string, strings: the table whose key the value names
    std::string description;          ///< one line, for the schema
    std::vector<Field> fields;        ///< object, objects: the members, in order
};

/// The records of one kind.
struct Table {
    std::string name;         ///< key in pvpp.json and CSV file name: "tasks"
    std::string record;       ///< one record ("task"): schema $defs name, owner column of child CSVs
    std::string label;        ///< Latvian name of the records, for the downloads page: "uzdevumi"
    std::string key;          ///< the field whose value names a record: "code"
    std::string description;  ///< one line, for the schema
    std::vector<Field> fields = {};
    std::vector<json::Value> rows = {};  ///< objects with exactly the fields, in their order
};

/// Every table of the corpus, in a fixed order, rows in corpus order (record_tables.cpp). Pure.
std::vector<Table> open_data_tables(const Corpus& corpus);

/// pvpp.json: schema_version, the site's title and base URL, then each table by name.
json::Value open_data_json(const Corpus& corpus, const std::vector<Table>& tables);

// Field constructors, so that a table reads as a list of its fields.
Field string_field(const std::string& name, const std::string& description, bool nullable = false);
Field enum_field(const std::string& name, std::vector<std::string> values, const std::string& description,
                 bool nullable = false);
Field object_field(const std::string& name, std::vector<Field> fields, const std::string& description);
Field objects_field(const std::string& name, std::vector<Field> fields, const std::string& description);

/// Patterns of ids and dates; each kind's codes have theirs in its descriptor.
namespace pattern {
inline constexpr const char* k_id = "^[A-Za-z0-9-]+$";
inline constexpr const char* k_date = "^[0-9]{4}-[0-9]{2}-[0-9]{2}$";
}  // namespace pattern

}  // namespace pvpp::opendata
