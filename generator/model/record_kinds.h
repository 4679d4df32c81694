// One description per record kind: what generic code needs to know about a kind (where
// its records are written, how messages and readers name it, which of its fields name
// other records, which hold Markdown), kept in one list so that no generic pass can leave
// a kind out.
#pragma once
#include <functional>
#include <vector>

#include "model/corpus.h"
#include "model/entity.h"
#include "model/visit.h"

namespace pvpp {

/// Called with each reference a field holds and the record that holds it.
using RefVisitor = std::function<void(const EntityKey& owner, const Ref& ref)>;

/// Called with each record, where it is written and its provenance (model/provenance.h).
using ProvenanceVisitor =
    std::function<void(const EntityKey& record, const SourceLoc& loc, const RecordProvenance& provenance)>;

/// A field of a kind's records that names records of another kind (or of its own).
struct RefField {
    const char* key;    ///< as editors write it: "related", "matrix.role", "section.terms"
    EntityKind target;  ///< the kind its values name
    void (*visit)(const Corpus& corpus, const RefVisitor& fn);  ///< every value, in corpus order
};

/// A record kind of the corpus. Kind-specific behaviour (the matrix, the work plan's dates,
/// the cards' eight sections) lives in its own module; this holds what every pass shares.
struct RecordKindInfo {
    EntityKind kind;
    const char* name;          ///< in diagnostics: "task", "condition group"
    const char* singular;      ///< Latvian: "uzdevums"
    const char* plural;        ///< Latvian: "uzdevumi"
    const char* file;          ///< where editors write its records: "content/tasks/*.toml"
    const char* table;         ///< the TOML table of one record: "[[term]]"
    const char* code_example;  ///< a code of the kind ("PU2-10"); "" for kinds named by an id
    std::vector<RefField> refs;  ///< fields that name other records
    void (*texts)(const Corpus& corpus, const TextVisitor& fn) = nullptr;  ///< its Markdown fields, in corpus order
    /// each record's source and status, in corpus order
    void (*provenance)(const Corpus& corpus, const ProvenanceVisitor& fn) = nullptr;
};

/// Every record kind, in EntityKind order.
const std::vector<RecordKindInfo>& record_kinds();

/// The description of one kind.
const RecordKindInfo& record_kind(EntityKind kind);

/// Calls fn for every record of every kind with its source and status, in kind order.
void visit_provenance(const Corpus& corpus, const std::function<void(EntityKind, const EntityKey&, const SourceLoc&,
                                                                      const RecordProvenance&)>& fn);

/// Calls fn for every reference of every kind's fields: owner, the kind it names, the reference.
void visit_refs(const Corpus& corpus, const std::function<void(const EntityKey&, EntityKind, const Ref&)>& fn);

}  // namespace pvpp
