// Every record's source and status in the open data: one `provenance` object per row,
// filled from the record kinds' provenance visitors, so that no table can leave it out.
#include <map>

#include "model/record_kinds.h"
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

// The table a visited record's row is in: "condition group" → condition_group; the §4.1.5
// exclusions ride with the institution groups, the site's settings with the live pages.
std::string table_record(EntityKind kind, const EntityKey& key) {
    if (kind == EntityKind::institution_group && key.id.find('.') != std::string::npos) { return "exclusion"; }
    std::string name = record_kind(kind).name;
    for (char& c : name) {
        if (c == ' ') { c = '_'; }
    }
    return name;
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

Members statement(const Provenance& p) {
    std::string status = status_name(p.status);
    return {{"status", json::string_or_null(status)},
            {"source", json::string_or_null(p.source)},
            {"how", json::string_or_null(p.how)},
            {"confidence", json::string_or_null(p.confidence)}};
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

void add_provenance(const Corpus& corpus, std::vector<Table>& tables) {
    std::map<std::string, std::vector<const RecordProvenance*>> by_table;
    visit_provenance(corpus, [&](EntityKind kind, const EntityKey& key, const SourceLoc&, const RecordProvenance& p) {
        by_table[table_record(kind, key)].push_back(&p);
    });
    for (auto& t : tables) {
        auto it = by_table.find(t.record);
        // A table's rows are its records in corpus order, as the visitor meets them.
        if (it == by_table.end() || it->second.size() != t.rows.size()) { continue; }
        t.fields.push_back(provenance_field());
        for (std::size_t i = 0; i < t.rows.size(); ++i) {
            t.rows[i].members.emplace_back("provenance", provenance_value(*it->second[i]));
        }
    }
}

}  // namespace pvpp::opendata
