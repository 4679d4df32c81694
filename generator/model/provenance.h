// Where a value comes from in the source documents, and whether it was read there
// (confirmed), worked out from them (inferred, with how and a confidence) or not given
// by them (unknown). A record says it once; its fields inherit it unless they differ.
#pragma once
#include <string>
#include <string_view>
#include <vector>

#include "diag/source_loc.h"

namespace pvpp {

enum class Status { unmarked, confirmed, inferred, unknown };

/// The status as editors write it ("confirmed", "inferred", "unknown"); "" when unmarked.
const char* status_name(Status s);

/// One statement of provenance, as written (a file's default, a record's, a field's).
struct Provenance {
    Status status = Status::unmarked;
    std::string source;      ///< the seed file and its section, slide or line range: "003 §4.1.5"
    std::string how;         ///< inferred: how it was worked out; unknown: why it is not known
    std::string confidence;  ///< inferred: high|medium|low|ambiguous
    SourceLoc loc;           ///< where it is written (the record's table when inherited)

    bool marked() const { return status != Status::unmarked; }
};

/// A field whose provenance differs from its record's.
struct FieldProvenance {
    std::string field;
    Provenance provenance;
};

/// A record's provenance: its own (or its file's), and the fields that differ.
struct RecordProvenance {
    Provenance record;
    std::vector<FieldProvenance> fields;

    /// The provenance of one field: its own when it has one, the record's otherwise.
    const Provenance& of(std::string_view field) const;
    /// Whether the field's value may be shown as a fact (confirmed, or not marked at all).
    bool is_fact(std::string_view field) const;
};

/// Where a record is written and where its values come from: every record's first members.
struct Sourced {
    SourceLoc loc;
    RecordProvenance provenance;
};

/// Fills what a statement leaves out from the one it inherits from: a field from its record,
/// a record from its file. A source given without a status is confirmed.
Provenance inherit(Provenance own, const Provenance& parent);

}  // namespace pvpp
