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
};

const std::array<PartNames, 7> k_parts = {{
    {part::card, "kartīte", "kartītes", true},
    {part::card_section, "kartītes sadaļa", "kartīšu sadaļas", true},
    {part::task_group, "uzdevumu grupa", "uzdevumu grupas", true},
    {part::resource, "resurss", "resursi", false},
    {part::milestone, "atskaites punkts", "atskaites punkti", false},
    {part::activity, "apakšaktivitāte", "apakšaktivitātes", true},
    {part::exclusion, "izņēmums", "izņēmumi", false},
}};

}  // namespace

KindNames kind_names(RecordKind kind) {
    auto p = std::find_if(k_parts.begin(), k_parts.end(), [&](const PartNames& n) { return n.kind == kind; });
    if (p != k_parts.end()) { return {p->singular, p->plural, p->feminine, slugify(p->plural)}; }
    const RecordKindInfo& info = record_kind(kind.kind);
    return {info.singular, info.plural, info.feminine, slugify(info.plural)};
}

}  // namespace pvpp
