// Every record's source and status in the open data: one `provenance` object per row of every
// table, read from each row's record (record_tables.cpp), so that no table can leave it out.
#include "render/data/table_parts.h"

namespace pvpp::opendata {
namespace {

std::vector<Field> statement_fields() {
    return {enum_field("status", {"confirmed", "inferred", "unknown"},
                       "confirmed: read from the source; inferred: worked out from it; unknown: the sources do not "
                       "give it; null: not marked.",
                       true),
            string_field("source",
                         "The seed document and its section, slide or line range; null in the public edition.", true),
            string_field("how", "How an inferred value was worked out, or why a value is unknown.", true),
            enum_field("confidence", {"high", "medium", "low", "ambiguous"}, "Confidence of an inferred value.", true)};
}

Members statement(const Provenance& p) {
    std::string status = status_name(p.status);
    return {{"status", json::string_or_null(status)},
            {"source", json::string_or_null(p.source)},
            {"how", json::string_or_null(p.how)},
            {"confidence", json::string_or_null(p.confidence)}};
}

}  // namespace

Field provenance_field() {
    std::vector<Field> fields = statement_fields();
    std::vector<Field> field_fields{string_field("field", "The field (TOML key) whose provenance differs.")};
    for (auto& f : statement_fields()) { field_fields.push_back(std::move(f)); }
    fields.push_back(
        objects_field("fields", std::move(field_fields), "Fields whose provenance differs from the record's."));
    return object_field("provenance", std::move(fields), "Where the record's values come from and their status.");
}

json::Value provenance_value(const RecordProvenance& p) {
    Members m = statement(p.record);
    std::vector<json::Value> fields;
    for (const auto& f : p.fields) {
        Members fm{{"field", json::string(f.field)}};
        for (auto& s : statement(f.provenance)) { fm.push_back(std::move(s)); }
        fields.push_back(json::object(std::move(fm)));
    }
    m.emplace_back("fields", json::array(std::move(fields)));
    return json::object(std::move(m));
}

}  // namespace pvpp::opendata
