#include "validate/corpus_index.h"

namespace pvpp {

const std::vector<EntityKey>& CorpusIndex::referrers_of(const EntityKey& key) const {
    static const std::vector<EntityKey> k_none;
    auto it = referrers.find(key);
    return it == referrers.end() ? k_none : it->second;
}

std::vector<std::string> CorpusIndex::ids_of(EntityKind kind) const {
    std::vector<std::string> out;
    for (auto it = keys.lower_bound({kind, ""}); it != keys.end() && it->first.kind == kind; ++it) {
        out.push_back(it->first.id);
    }
    return out;
}

}  // namespace pvpp
