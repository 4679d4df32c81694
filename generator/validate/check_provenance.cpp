// Every record names where its values come from, or says that the sources do not give
// them: a value that is neither sourced nor marked is one an editor cannot vouch for.
#include "model/record_kinds.h"
#include "util/message.h"
#include "validate/checks.h"

namespace pvpp {
namespace {

// A record or field that says nothing of where it comes from.
bool unsourced(const Provenance& p) {
    return p.source.empty() && p.status != Status::unknown && p.status != Status::inferred;
}

void check_record(EntityKind kind, const EntityKey& key, const Sourced& s, Diagnostics& diags) {
    const RecordProvenance& p = s.provenance;
    if (kind == EntityKind::page && key.id == k_editors_guide) { return; }  // the tool's own help
    const char* name = _(record_kind(kind).name);
    if (unsourced(p.record)) {
        diags.warning(s.loc, fill(_("{1} '{2}' names no source: write source = \"…\" (the seed file and its section) "
                                    "or status = \"unknown\""),
                                  {name, key.id}));
    }
    for (const auto& f : p.fields) {
        if (unsourced(f.provenance) && !unsourced(p.record)) {
            diags.warning(f.provenance.loc,
                          fill(_("{1} '{2}': fields.{3} is confirmed but names no source"), {name, key.id, f.field}));
        }
    }
}

}  // namespace

// Only on a corpus without errors: a source is completeness, not correctness, and an editor
// fixing a mistake should meet that mistake alone (one mistake, one message).
void check_provenance(const Corpus& corpus, Diagnostics& diags) {
    if (diags.error_count() > 0) { return; }
    visit_provenance(
        corpus, [&](EntityKind kind, const EntityKey& key, const Sourced& s) { check_record(kind, key, s, diags); });
}

}  // namespace pvpp
