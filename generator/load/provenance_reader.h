// Reads the source and status an editor writes on a file, a record or a field
// (docs/content-format.md, "Sources and status").
#pragma once
#include "load/table_reader.h"
#include "model/provenance.h"

namespace pvpp {

/// The provenance keys of one table (source, status, how, confidence), checked; unmarked
/// when it has none. note_alias also reads `note` as `how` (a task's [matrix]).
Provenance read_provenance_keys(TableReader& t, bool note_alias = false);

/// A record's provenance: its own keys over its file's default, and each `fields.<key>`
/// override over the record's, then each of parts (a part with a source of its own: a task's
/// [matrix]) over the record's. Call it after the record's other keys were read, so that an
/// override naming a key the record does not have is reported.
RecordProvenance read_provenance(TableReader& t, std::vector<FieldProvenance> parts = {});

}  // namespace pvpp
