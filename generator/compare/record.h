// The corpus flattened for comparison: every record as a kind, an id and named
// fields, so one comparer serves every kind instead of one comparer per struct.
#pragma once
#include <compare>
#include <string>
#include <vector>

#include "model/corpus.h"
#include "model/entity.h"

namespace pvpp {

/// A kind of record the change report names, in report order: a record kind of the corpus
/// (part 0), or a part of one with a shape of its own, listed after it (compare/record_kinds.cpp).
struct RecordKind {
    EntityKind kind = EntityKind::task;
    int part = 0;

    auto operator<=>(const RecordKind&) const = default;
};

/// The parts the report names as kinds: a task's cards, a measure's activities …
namespace part {
constexpr RecordKind card{EntityKind::task, 1}, card_section{EntityKind::task, 2}, task_group{EntityKind::task, 3},
    resource{EntityKind::capability, 1}, milestone{EntityKind::line, 1}, activity{EntityKind::measure, 1},
    exclusion{EntityKind::institution_group, 1};
}  // namespace part

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
    RecordKind kind;
    std::string id;      ///< unique within the kind: "PU2-10", "PU2-10/1", "P1.1/3"
    std::string code;    ///< as reports show it
    std::string name;
    RecordKind parent_kind;  ///< card sections belong to a card, activities to a measure
    std::string parent;      ///< id of the owning card or measure; "" for others
    std::vector<std::string> pages;  ///< slugs of the live pages that list the record
    std::vector<Field> fields;
};

/// Latvian names of a kind: "uzdevums", "uzdevumi", and whether the noun is feminine
/// (participles agree with it: "pievienots uzdevums", "pievienota loma").
struct KindNames {
    const char* singular;
    const char* plural;
    bool feminine;
    std::string anchor = {};  ///< id of the kind's section in the HTML report: its plural as a slug
};

KindNames kind_names(RecordKind kind);

/// Every record of the corpus in report order.
std::vector<Record> corpus_records(const Corpus& corpus);

}  // namespace pvpp
