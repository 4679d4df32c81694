// One function per corpus file kind; each reads a parsed root table into the corpus.
#pragma once
#include "load/provenance_reader.h"
#include "load/table_reader.h"
#include "model/corpus.h"
#include "model/parts.h"
#include "util/markdown_parser.h"

namespace pvpp {

/// A card file (its task named after the file) and the site file: their root is their record.
void load_card(TableReader& root, Corpus& corpus);
void load_site(TableReader& root, Corpus& corpus);

/// A work-plan row's start, end, duration_days, done and period, checked.
Schedule read_schedule(TableReader& t);

/// One record of kind from its table t, read field by field as its descriptor lists them, with
/// its position and provenance; the kind's hooks read what the fields do not say. Finishes t.
void load_record(TableReader& t, EntityKind kind, Corpus& corpus);

/// Every [[table]] of root as a record of kind, read field by field as its descriptor lists
/// them, with its position and provenance; the kind's hooks read what the fields do not say.
void load_records(TableReader& root, EntityKind kind, std::string_view table, Corpus& corpus);

/// The fields with a setter, read into the struct they write (a shipped kind's, a card section's).
void read_members(TableReader& t, const std::vector<FieldInfo>& fields, void* record);

/// Every [[key]] table of t as a part of a record or a file (model/parts.h: a role's carriers,
/// the work plan's milestones), read field by field into a T appended to out, with its position
/// and provenance when T keeps them; more reads what the fields do not say.
template <typename T>
void read_parts(TableReader& t, const RecordPart& part, std::vector<T>& out, void (*more)(TableReader&, T&) = nullptr) {
    for (auto& s : t.tables(part.key)) {
        T& item = out.emplace_back();
        if constexpr (requires { item.loc; }) { item.loc = s.loc(); }
        read_members(s, part.fields, &item);
        if (more) { more(s, item); }
        if constexpr (requires { item.provenance; }) { item.provenance = read_provenance(s); }
        s.finish();
    }
}

/// A kind's records from its file (its descriptor's table), then the file's other tables.
void load_kind(TableReader& root, EntityKind kind, Corpus& corpus);

/// What loading a kind does beyond reading its descriptor's fields (load/kind_hooks.cpp).
struct KindHooks {
    EntityKind kind;
    void (*read)(TableReader& t, void* record) = nullptr;       ///< keys of a shape of their own, before provenance
    void (*derive)(void* record) = nullptr;                     ///< values taken from its provenance, after it
    void (*rest)(TableReader& root, Corpus& corpus) = nullptr;  ///< its file's other tables, after its records
};

/// The hooks of a kind, or none when its fields say all.
const KindHooks* kind_hooks(EntityKind kind);

/// A task's matrix and file-name check; a measure's activities and the work plan's milestones:
/// hooks of tasks and measures (load/kind_hooks.cpp).
void read_task_parts(TableReader& t, Task& task);
void read_activities(TableReader& t, Measure& measure);
void load_milestones(TableReader& root, Corpus& corpus);

/// Reports raw HTML and refused link or image addresses in a Markdown field (util/html_policy.h),
/// and Markdown nested too deep.
void check_markdown(const Text& text, Diagnostics& diags);

/// The same checks on text already parsed into doc (parse_markdown), for code that parses
/// it anyway: a content folder's renderer checks each page on the parse it renders.
void check_markdown_tree(const Text& text, cmark_node* doc, Diagnostics& diags);

/// Reports Markdown (the parsed doc of text) nested deeper than pvpp publishes
/// (docs/content-format.md, "Limits").
void check_markdown_depth(const Text& text, cmark_node* doc, Diagnostics& diags);

/// Reads a Markdown field and checks it.
Text read_markdown(TableReader& t, std::string_view key, bool required = false);

}  // namespace pvpp
