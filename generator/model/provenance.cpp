#include "model/provenance.h"

namespace pvpp {

const char* status_name(Status s) {
    switch (s) {
        case Status::unmarked:
            return "";
        case Status::confirmed:
            return "confirmed";
        case Status::inferred:
            return "inferred";
        case Status::unknown:
            return "unknown";
    }
    return "";
}

const Provenance& RecordProvenance::of(std::string_view field) const {
    for (const auto& f : fields) {
        if (f.field == field) { return f.provenance; }
    }
    return record;
}

bool RecordProvenance::is_fact(std::string_view field) const {
    Status s = of(field).status;
    return s == Status::confirmed || s == Status::unmarked;
}

Provenance inherit(Provenance own, const Provenance& parent) {
    SourceLoc loc = own.loc.line != 0 ? own.loc : parent.loc;
    if (!own.marked() && own.source.empty() && own.how.empty() && own.confidence.empty()) {
        own = parent;  // says nothing of its own: the parent's reading, status and all
    } else if (own.source.empty()) {
        own.source = parent.source;
    }
    // A value that names where it was read and nothing else was read there.
    if (!own.marked() && !own.source.empty()) { own.status = Status::confirmed; }
    own.loc = loc;
    return own;
}

}  // namespace pvpp
