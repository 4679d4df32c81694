// What changed between two versions of the corpus, record by record.
#pragma once
#include <string>
#include <vector>

#include "compare/record.h"

namespace pvpp {

enum class ChangeType { added, removed, recoded, renamed, changed };

/// A field whose value differs. For an added record, every field it has (old side
/// empty); for a removed one, every field it had (new side empty).
struct FieldChange {
    std::string label;
    FieldType type = FieldType::scalar;
    std::string old_value, new_value;
    std::vector<std::string> old_items, new_items;
};

struct Change {
    ChangeType type = ChangeType::changed;
    RecordKind kind;
    std::string id;                 ///< the new id (the old one for a removed record)
    std::string code, old_code;     ///< old_code differs for a recoded record
    std::string name, old_name;     ///< old_name differs for a renamed record
    std::vector<FieldChange> fields;
    std::vector<std::string> pages;  ///< slugs of the live pages the change shows on
};

/// A live page whose content changed, with its address on the live site.
struct LivePageLink {
    std::string slug;
    std::string title;
    std::string url;
};

struct ChangeSet {
    std::vector<Change> changes;           ///< by kind in report order, then by code
    std::vector<LivePageLink> live_pages;  ///< in the order of data/site.toml, then capabilities

    bool empty() const { return changes.empty(); }
};

/// Record by record: matched by kind and id; an unmatched pair with the same name is
/// one record under a new code; parts of an added or removed record are not listed apart.
std::vector<Change> compare_records(const std::vector<Record>& old_records, const std::vector<Record>& new_records);

/// The changes between two corpora and the live pages they touch.
ChangeSet compare_corpora(const Corpus& old_corpus, const Corpus& new_corpus);

}  // namespace pvpp
