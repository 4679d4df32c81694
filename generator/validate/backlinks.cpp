// What refers to each record: from the codes written in its texts and from the
// reference fields (matrix, related tasks, card sections, see-also …).
#include <algorithm>

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

void add_refs(Referrers& r, const std::vector<Ref>& refs, EntityKind kind, const EntityKey& from) {
    for (const auto& ref : refs) { add(r, {kind, ref.id}, from); }
}

void add_card(Referrers& r, const TaskCard& c) {
    EntityKey from{EntityKind::task, c.task.id};
    add_refs(r, c.scope.stages, EntityKind::stage, from);
    for (const auto& d : c.duties.roles) { add(r, {EntityKind::role, d.role.id}, from); }
    add_refs(r, c.related.tasks, EntityKind::task, from);
    add_refs(r, c.conditions.conditions, EntityKind::condition, from);
    add_refs(r, c.capabilities.competences, EntityKind::competence, from);
    add_refs(r, c.resources.technologies, EntityKind::technology, from);
}

void add_fields(Referrers& r, const Corpus& corpus) {
    for (const auto& t : corpus.terms) { add_refs(r, t.see_also, EntityKind::term, {EntityKind::term, t.id}); }
    for (const auto& role : corpus.roles) {
        add_refs(r, role.scales, EntityKind::scale, {EntityKind::role, role.id});
        add_refs(r, role.levels, EntityKind::level, {EntityKind::role, role.id});
    }
    for (const auto& t : corpus.tasks) {
        EntityKey from{EntityKind::task, t.code};
        add_refs(r, t.related, EntityKind::task, from);
        for (const auto& cell : t.matrix) { add(r, {EntityKind::role, cell.role.id}, from); }
    }
    for (const auto& c : corpus.cards) { add_card(r, c); }
}

}  // namespace

void collect_backlinks(const Corpus& corpus, CorpusIndex& index) {
    Referrers& r = index.referrers;
    add_fields(r, corpus);
    visit_texts(corpus, [&](const EntityKey& owner, const Text& text) {
        std::string masked = mask_code(text.markdown);
        for (const auto& m : find_codes(masked)) {
            std::string code = text.markdown.substr(m.offset, m.length);
            if (index.has_code(m.kind, code)) { add(r, {entity_kind_of(m.kind), code}, owner); }
        }
    });
}

}  // namespace pvpp
