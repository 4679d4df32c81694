// The corpus flattened for comparison: every record as a kind, an id and named
// fields, so one comparer serves every kind instead of one comparer per struct.
#pragma once
#include <string>
#include <vector>

#include "model/corpus.h"
#include "model/entity.h"

namespace pvpp {

/// The kinds of record a change report names, in report order.
enum class RecordKind {
    task, card, card_section, role, condition_group, condition, term, principle, scale, level, task_group, stage,
    capability, resource, competence, technology, milestone, line, measure, activity, institution_group, exclusion,
    page, live_page
};

/// How a field's values are compared and shown: old → new, word by word, or item by item.
enum class FieldType { scalar, text, list };

struct Field {
    std::string key;    ///< matches the field across versions ("matrica:pakalpojuma-saimnieks")
    std::string label;  ///< Latvian, as reports show it
    FieldType type = FieldType::scalar;
    std::string value;               ///< scalar and text fields; "" when the corpus has none
    std::vector<std::string> items;  ///< list fields
    std::vector<std::string> pages;  ///< slugs of the live pages that show the field

    bool empty() const { return value.empty() && items.empty(); }
};

struct Record {
    RecordKind kind = RecordKind::task;
    std::string id;      ///< unique within the kind: "PU2-10", "PU2-10/1", "P1.1/3"
    std::string code;    ///< as reports show it
    std::string name;
    std::string parent;  ///< id of the owning card or measure; "" for others
    std::vector<std::string> pages;  ///< slugs of the live pages that list the record
    std::vector<Field> fields;
};

/// Latvian names of a kind: "uzdevums", "uzdevumi", and whether the noun is feminine
/// (participles agree with it: "pievienots uzdevums", "pievienota loma").
struct KindNames {
    const char* singular;
    const char* plural;
    bool feminine;
    const char* anchor;  ///< id of the kind's section in the HTML report
};

KindNames kind_names(RecordKind kind);

/// The report's kind for a kind with no struct of its own (after the shipped kinds, in order).
RecordKind generic_record_kind(EntityKind kind);

/// Whether a kind's records have codes that can change while the name stays (PU2-3 → PU2-24).
bool has_codes(RecordKind kind);

/// The kind of a record's parent: card sections belong to a card, activities to a measure.
RecordKind parent_kind(RecordKind kind);

/// Every record of the corpus in report order.
std::vector<Record> corpus_records(const Corpus& corpus);

}  // namespace pvpp
