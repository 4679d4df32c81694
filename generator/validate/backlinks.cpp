// What refers to each record: from the reference fields of every kind (model/record_kinds.h)
// and from the codes written in its texts.
#include <algorithm>

#include "model/record_kinds.h"
#include "model/visit.h"
#include "validate/checks.h"

namespace pvpp {
namespace {

using Referrers = std::map<EntityKey, std::vector<EntityKey>>;

void add(Referrers& r, const EntityKey& target, const EntityKey& from) {
    if (target == from) { return; }
    auto& list = r[target];
    if (std::find(list.begin(), list.end(), from) == list.end()) { list.push_back(from); }
}

}  // namespace

void collect_backlinks(const Corpus& corpus, CorpusIndex& index) {
    Referrers& r = index.referrers;
    visit_refs(corpus, [&](const EntityKey& from, EntityKind kind, const Ref& ref) { add(r, {kind, ref.id}, from); });
    visit_texts(corpus, [&](const EntityKey& owner, const Text& text) {
        std::string masked = mask_code(text.markdown);
        for (const auto& m : find_kind_codes(masked)) {
            std::string code = text.markdown.substr(m.offset, m.length);
            if (index.has(m.kind, code)) { add(r, {m.kind, code}, owner); }
        }
    });
}

}  // namespace pvpp
