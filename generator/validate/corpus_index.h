// Lookup tables from codes and ids to records, built once and read by every renderer.
#pragma once
#include <cassert>
#include <map>
#include <string>
#include <vector>

#include "model/corpus.h"
#include "model/entity.h"
#include "model/record_fields.h"

namespace pvpp {

/// Code or id → record, per kind. Pointers stay valid while the corpus is alive
/// and unchanged (the corpus is frozen after validation).
struct CorpusIndex {
    std::map<std::string, const TaskCard*> cards;  ///< by task code
    /// Every record of every kind other records can name, by kind and key (the first with that key):
    /// what generic passes (references, backlinks) look up.
    std::map<EntityKey, RecordView> keys;
    /// Record → the records that refer to it, in corpus order.
    std::map<EntityKey, std::vector<EntityKey>> referrers;
    /// Kinds whose one file could not be read, and single records (a task's own file)
    /// likewise: references to them are not checked (the file's error says what is wrong).
    std::map<EntityKind, std::string> unread_kinds;   ///< kind → its file
    std::map<EntityKey, std::string> unread_records;  ///< record → its file

    /// True when a record of that kind and id exists.
    bool has(EntityKind kind, const std::string& id) const { return keys.count({kind, id}) > 0; }
    /// The file of a record that could not be read (so it can be neither found nor missed), or null.
    const std::string* unread_file(EntityKind kind, const std::string& id) const {
        if (auto k = unread_kinds.find(kind); k != unread_kinds.end()) { return &k->second; }
        auto r = unread_records.find({kind, id});
        return r == unread_records.end() ? nullptr : &r->second;
    }
    /// The record of a kind with that key as its struct T (a registered kind's: GenericRecord), or
    /// null: `find<Role>(EntityKind::role, id)`. Asking for another struct fails an assertion
    /// (the sanitizer build keeps them) rather than reading one struct as another.
    template <typename T>
    const T* find(EntityKind kind, const std::string& id) const {
        auto it = keys.find({kind, id});
        if (it == keys.end()) { return nullptr; }
        assert(!it->second.type || *it->second.type == typeid(T));
        return static_cast<const T*>(it->second.record);
    }
    /// The card of a task, or null when it has none.
    const TaskCard* card_of(const std::string& task) const {
        auto it = cards.find(task);
        return it == cards.end() ? nullptr : it->second;
    }
    /// What refers to a record (empty when nothing does).
    const std::vector<EntityKey>& referrers_of(const EntityKey& key) const;
    /// Every id of a kind, in order, for "did you mean" suggestions.
    std::vector<std::string> ids_of(EntityKind kind) const;
};

}  // namespace pvpp
