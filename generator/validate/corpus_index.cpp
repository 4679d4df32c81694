#include "validate/corpus_index.h"

namespace pvpp {

bool CorpusIndex::has_code(CodeKind kind, const std::string& code) const {
    switch (kind) {
        case CodeKind::task: return tasks.count(code) > 0;
        case CodeKind::condition: return conditions.count(code) > 0;
        case CodeKind::condition_group: return condition_groups.count(code) > 0;
        case CodeKind::capability:
        case CodeKind::resource: return capabilities.count(code) > 0;
        case CodeKind::action_line: return lines.count(code) > 0;
        case CodeKind::measure: return measures.count(code) > 0;
    }
    return false;
}

const std::vector<EntityKey>& CorpusIndex::referrers_of(const EntityKey& key) const {
    static const std::vector<EntityKey> k_none;
    auto it = referrers.find(key);
    return it == referrers.end() ? k_none : it->second;
}

std::vector<std::string> CorpusIndex::codes_of(CodeKind kind) const {
    switch (kind) {
        case CodeKind::task: return keys_of(tasks);
        case CodeKind::condition: return keys_of(conditions);
        case CodeKind::condition_group: return keys_of(condition_groups);
        case CodeKind::capability:
        case CodeKind::resource: return keys_of(capabilities);
        case CodeKind::action_line: return keys_of(lines);
        case CodeKind::measure: return keys_of(measures);
    }
    return {};
}

}  // namespace pvpp
