// The parts of records that are no record kind of their own (a role's carriers, the work plan's
// milestones, a task's matrix row …), each described once, as a kind is: the TOML table editors
// write it in, its fields, its open-data table or column. Its kind lists it (`parts`): the loader
// (load/record_loaders.h, read_parts), references, sources and open data (render/data) read it.
#pragma once
#include <vector>

#include "model/record_kinds.h"

namespace pvpp {

/// Where a part's items are written: in each record of its kind (a column of objects in the
/// kind's open-data table), or in its kind's file beside the records (a table of their own in
/// front of the kind's or after it).
enum class PartPlace { in_record, before, after };

/// A part: its fields are read from each [[key]] table by their setters (`member<>`); a getter
/// alone (a lambda, `derived<>`) is a value the loader works out, which the open data also gives.
struct RecordPart {
    const char* key;                ///< its TOML table as editors write it: "carrier" ([[carrier]])
    std::vector<FieldInfo> fields;  ///< in the order of its open-data columns
    /// Its open-data table or column: name, description and, for a table, the Latvian title. A
    /// table's record is the part's key, its key the first field. None for a live page's sections.
    DataTable data;
    /// Calls fn with each item: of its owner (a role …) in a record, of the corpus in a file.
    void (*each)(const void* owner, const RecordVisitor& fn) = nullptr;
    PartPlace place = PartPlace::in_record;
    /// Its items' sources are checked and counted as its kind's records' (visit_provenance: the
    /// exclusions); the milestones' and task groups' never were, and are only hidden in public.
    bool counted = false;
};

/// Each item of a list of the owner, with its position and provenance when it keeps them:
/// `items_of<&Role::carriers>`.
template <auto Items>
void items_of(const void* owner, const RecordVisitor& fn) {
    using Owner = typename member_owner<decltype(Items)>::type;
    for (const auto& x : static_cast<const Owner*>(owner)->*Items) {
        if constexpr (requires { x.provenance; }) {
            fn({{}, {}, &x, &x});
        } else {
            fn({{}, {}, nullptr, &x});
        }
    }
}

extern const RecordPart k_task_groups;    ///< content/levels.toml [[task_group]]: the roles of PU1 … PU3
extern const RecordPart k_carriers;       ///< a role's [[carrier]]
extern const RecordPart k_matrix;         ///< a task's [matrix], a cell per role (read by its own hook)
extern const RecordPart k_duties;         ///< a card's [[duties.role]]
extern const RecordPart k_milestones;     ///< the work plan's [[milestone]]
extern const RecordPart k_activities;     ///< a measure's [[activity]]
extern const RecordPart k_exclusions;     ///< the §4.1.5 [[exclusion]], beside the institution groups
extern const RecordPart k_live_sections;  ///< a live page's [[section]]

}  // namespace pvpp
