// The Latvian names of each record kind, for the terminal summary and the HTML report: a kind's
// own from its descriptor, a part's listed here.
#include <algorithm>
#include <array>

#include "compare/record.h"
#include "model/record_kinds.h"
#include "util/slug.h"

namespace pvpp {
namespace {

const std::array<std::pair<RecordKind, KindNames>, 7> k_parts = {{
    {part::card, {"kartīte", "kartītes", true}},
    {part::card_section, {"kartītes sadaļa", "kartīšu sadaļas", true}},
    {part::task_group, {"uzdevumu grupa", "uzdevumu grupas", true}},
    {part::resource, {"resurss", "resursi", false}},
    {part::milestone, {"atskaites punkts", "atskaites punkti", false}},
    {part::activity, {"apakšaktivitāte", "apakšaktivitātes", true}},
    {part::exclusion, {"izņēmums", "izņēmumi", false}},
}};

}  // namespace

KindNames kind_names(RecordKind kind) {
    auto p = std::find_if(k_parts.begin(), k_parts.end(), [&](const auto& n) { return n.first == kind; });
    const RecordKindInfo& info = record_kind(kind.kind);
    KindNames names = p != k_parts.end() ? p->second : KindNames{info.singular, info.plural, info.feminine};
    names.anchor = slugify(names.plural);
    return names;
}

}  // namespace pvpp
