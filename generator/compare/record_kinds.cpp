// The Latvian names of each record kind, for the terminal summary and the HTML report: a kind's
// own from its descriptor, a part's listed here.
#include <algorithm>
#include <array>

#include "compare/record.h"
#include "model/record_kinds.h"
#include "util/slug.h"

namespace pvpp {
namespace {

struct PartNames {
    RecordKind kind;
    const char* singular;
    const char* plural;
    bool feminine;
    bool coded;  ///< false: numbered by position (a new number is a new place), or known by its name
};

const std::array<PartNames, 7> k_parts = {{
    {part::card, "kartīte", "kartītes", true, true},
    {part::card_section, "kartītes sadaļa", "kartīšu sadaļas", true, false},
    {part::task_group, "uzdevumu grupa", "uzdevumu grupas", true, true},
    {part::resource, "resurss", "resursi", false, true},
    {part::milestone, "atskaites punkts", "atskaites punkti", false, false},
    {part::activity, "apakšaktivitāte", "apakšaktivitātes", true, false},
    {part::exclusion, "izņēmums", "izņēmumi", false, true},
}};

const PartNames* part_names(RecordKind kind) {
    auto it = std::find_if(k_parts.begin(), k_parts.end(), [&](const PartNames& p) { return p.kind == kind; });
    return it == k_parts.end() ? nullptr : &*it;
}

}  // namespace

KindNames kind_names(RecordKind kind) {
    if (const PartNames* p = part_names(kind)) { return {p->singular, p->plural, p->feminine, slugify(p->plural)}; }
    const RecordKindInfo& info = record_kind(kind.kind);
    return {info.singular, info.plural, info.feminine, slugify(info.plural)};
}

bool has_codes(RecordKind kind) {
    const PartNames* p = part_names(kind);
    return !p || p->coded;
}

}  // namespace pvpp
