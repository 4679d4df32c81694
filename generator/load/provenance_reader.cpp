#include "load/provenance_reader.h"

#include "util/message.h"
#include "util/text.h"

namespace pvpp {
namespace {

Status read_status(TableReader& t) {
    std::string s = t.string("status");
    if (s.empty()) { return Status::unmarked; }
    for (Status v : {Status::confirmed, Status::inferred, Status::unknown}) {
        if (s == status_name(v)) { return v; }
    }
    t.context().diags.error(t.value_loc("status"),
                            fill(_("status must be \"confirmed\", \"inferred\" or \"unknown\", not \"{1}\""), {s}));
    return Status::unmarked;
}

void check_confidence(TableReader& t, const std::string& confidence, const char* label) {
    if (confidence.empty() || confidence == "high" || confidence == "medium" || confidence == "low" ||
        confidence == "ambiguous") {
        return;
    }
    t.context().diags.error(t.value_loc("confidence"),
                            fill(_("{1} must be high, medium, low or ambiguous, not \"{2}\""), {label, confidence}));
}

}  // namespace

Provenance read_provenance_keys(TableReader& t, bool note_alias) {
    Provenance p;
    p.loc = t.loc();
    p.source = t.string("source");
    p.status = read_status(t);
    p.how = t.string("how");
    if (note_alias && p.how.empty()) { p.how = t.string("note"); }
    p.confidence = t.string("confidence");
    check_confidence(t, p.confidence, note_alias ? "matrix confidence" : "confidence");
    if (p.status == Status::inferred && p.how.empty()) {
        t.context().diags.error(t.value_loc("status"),
                                _("an inferred value says how it was inferred: add how = \"…\""));
    }
    return p;
}

RecordProvenance read_provenance(TableReader& t, std::vector<FieldProvenance> parts) {
    RecordProvenance r;
    r.record = inherit(read_provenance_keys(t), t.context().file_provenance);
    if (auto fields = t.table("fields")) {
        for (auto& [field, f] : fields->keyed_tables("fields.")) {
            if (!t.knows(field.id)) {
                std::string guess = nearest(field.id, t.known_keys());
                t.context().diags.error(field.loc, guess.empty()
                                                       ? fill(_("fields.{1} names no key of this record"), {field.id})
                                                       : fill(_("fields.{1} names no key of this record (did you "
                                                                "mean '{2}'?)"),
                                                              {field.id, guess}));
            }
            Provenance own = read_provenance_keys(f);
            own.loc = field.loc;
            r.fields.push_back({field.id, inherit(own, r.record)});
            f.finish();
        }
    }
    for (auto& part : parts) { r.fields.push_back({part.field, inherit(part.provenance, r.record)}); }
    return r;
}

}  // namespace pvpp
