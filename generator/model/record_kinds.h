// One description per record kind: what generic code needs to know about a kind (where
// its records are written, how messages and readers name it, which of its fields name
// other records, which hold Markdown), kept in one list so that no generic pass can leave
// a kind out.
#pragma once
#include <functional>
#include <optional>
#include <vector>

#include "model/codes.h"
#include "model/corpus.h"
#include "model/entity.h"
#include "model/record_fields.h"
#include "model/visit.h"

namespace pvpp {

/// Called with each reference a field holds, the record that holds it and the kind it names.
using RefVisitor = std::function<void(const EntityKey& owner, EntityKind target, const Ref& ref)>;

struct RecordPart;

/// Called with each record, where it is written and its provenance (model/provenance.h).
using ProvenanceVisitor = std::function<void(const EntityKey& record, const Sourced& source)>;

/// A kind's table in the open data (render/data). Its record and key are the kind's name and
/// its first field; a registered kind's name, title and pattern follow from its file, plural
/// and codes; a shipped kind with no table name has no table (the live pages).
struct DataTable {
    const char* name = "";         ///< "action_lines"
    const char* description = "";  ///< English, one line, for the JSON Schema
    const char* title = "";        ///< Latvian, for the downloads page, when not the plural: "vispārējie principi"
    const char* pattern = "";      ///< what its codes match, when not read from `codes`: "^PU[1-3]-[0-9]+$"
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
    /// Every part of its records and of its file (model/parts.h: a task's matrix, the levels'
    /// task groups), in the order the open data puts the file's tables.
    std::vector<const RecordPart*> parts;
    void (*texts)(const Corpus& corpus, const TextVisitor& fn) = nullptr;  ///< its Markdown fields, in corpus order
    /// each record's source and status, in corpus order
    void (*provenance)(const Corpus& corpus, const ProvenanceVisitor& fn) = nullptr;
    std::vector<CodePattern> codes = {};  ///< how its codes are written, so prose links them; none for kinds named by an id
    const char* folder = "";  ///< its records' pages: folder + code or id ("lv/uzdevumi/"); "" if none of its own
    const char* live_shows = "";     ///< the `shows` of the live chapter page that lists it (data/site.toml), or ""
    /// Its record's anchor on that page, when the live site does not make it from the name (model/anchors.h).
    std::string (*anchor)(const Corpus& corpus, const RecordView& record) = nullptr;
    /// Its fields, in the order its table lists them: a shipped kind's read from its struct by
    /// each field's getter (model/shipped_fields.cpp), a registered kind's read into
    /// Corpus::records by the generic loader. Generic passes read them through `records`.
    std::vector<FieldInfo> fields = {};
    bool feminine = false;  ///< its Latvian gender, so reports agree with it ("pievienota loma")
    /// Every record of a shipped kind, in corpus order (registered kinds: Corpus::records).
    void (*records)(const Corpus& corpus, const RecordVisitor& fn) = nullptr;
    DataTable data = {};  ///< its open-data table
    /// A shipped kind the generic loader reads (load/generic_loader.cpp): appends an empty record
    /// to its list for the loader to fill through its fields' setters. Registered kinds: none
    /// (their records go to Corpus::records).
    RecordSlot (*append)(Corpus& corpus) = nullptr;
};

/// Every record kind, in EntityKind order.
const std::vector<RecordKindInfo>& record_kinds();

/// Adds a kind with no struct of its own (`fields` set, `kind` ignored) after the others and
/// returns its EntityKind. Call before loading; the list is read, never changed, while passes run.
EntityKind register_record_kind(RecordKindInfo info);

/// Drops the kinds register_record_kind added (a test's kind, at the end of the test).
void reset_record_kinds();

/// The description of one kind.
const RecordKindInfo& record_kind(EntityKind kind);

/// Calls fn for every record of every kind with its source and status, in kind order, each kind's
/// followed by its file's parts' that count as its records (the exclusions); with every_part, by
/// those no report counts too (milestones, task groups), as the public edition strips them all.
void visit_provenance(const Corpus& corpus, const std::function<void(EntityKind, const EntityKey&, const Sourced&)>& fn,
                      bool every_part = false);

/// A code found in text, and the kind whose pattern it matched.
struct KindCode {
    std::size_t offset = 0;
    std::size_t length = 0;
    EntityKind kind = EntityKind::task;
    const CodePattern* pattern = nullptr;

    /// What messages call it: "resource" for R1, else its kind's name.
    const char* name() const;
};

/// Every code of every kind in text, left to right (model/codes.h says how codes stand alone).
std::vector<KindCode> find_kind_codes(std::string_view text);

/// The code a whole string is ("N4-1" → a condition's), or nothing when it is not exactly one code.
std::optional<KindCode> whole_code(std::string_view code);

/// Calls fn for every reference of every kind's fields, its records' parts' and the cards'.
void visit_refs(const Corpus& corpus, const RefVisitor& fn);

/// Calls fn for every reference the ref and refs fields of one struct (an item of a part, a card
/// section) hold, owned by `owner`.
void visit_item_refs(const std::vector<FieldInfo>& fields, const void* item, const EntityKey& owner,
                     const RefVisitor& fn);

/// Calls fn for every record of a kind, shipped or registered, in corpus order.
void visit_records(const Corpus& corpus, EntityKind kind, const RecordVisitor& fn);

/// The name of a record of any kind, after its code when with_code and its kind has codes;
/// nothing when there is no such record.
std::optional<std::string> record_name(const Corpus& corpus, const EntityKey& key, bool with_code = false);

/// The live chapter page (data/site.toml) that shows records of a kind ("tasks", "roles", …),
/// or the one with a section that shows them ("institutions"); nullptr when none, or for "".
const LivePage* live_page_showing(const Corpus& corpus, std::string_view shows);

/// Calls fn for every field of that type of every record of every kind, with its value.
using FieldVisitor = std::function<void(const RecordView& record, const FieldInfo& field, const FieldValue& value)>;
void visit_fields(const Corpus& corpus, FieldKind type, const FieldVisitor& fn);

/// The shipped kinds, in EntityKind order (model/shipped_kinds.cpp).
std::vector<RecordKindInfo> shipped_kinds();

}  // namespace pvpp
