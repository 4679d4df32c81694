#include "model/visit.h"

namespace pvpp {
namespace {

void visit_card(const TaskCard& c, const TextVisitor& fn) {
    EntityKey owner{EntityKind::task, c.task.id};
    for (const Text* t : {&c.result.result, &c.result.benefits, &c.result.threats, &c.scope.notes,
                          &c.duties.notes, &c.related.notes, &c.conditions.notes, &c.capabilities.processes,
                          &c.capabilities.notes, &c.resources.information, &c.resources.notes,
                          &c.guidance.actions, &c.guidance.general, &c.guidance.attention}) {
        fn(owner, *t);
    }
    for (const auto& d : c.duties.roles) { fn(owner, d.text); }
}

void visit_policy(const Corpus& corpus, const TextVisitor& fn) {
    for (const auto& t : corpus.terms) { fn({EntityKind::term, t.id}, t.definition); }
    for (const auto& p : corpus.principles) { fn({EntityKind::principle, std::to_string(p.number)}, p.description); }
    for (const auto& a : corpus.scales) { fn({EntityKind::scale, a.id}, a.description); }
    for (const auto& a : corpus.levels) { fn({EntityKind::level, a.id}, a.description); }
    for (const auto& r : corpus.roles) {
        for (const Text* t : {&r.institution, &r.description, &r.focus}) { fn({EntityKind::role, r.id}, *t); }
    }
    for (const auto& g : corpus.condition_groups) { fn({EntityKind::condition_group, g.code()}, g.description); }
    for (const auto& c : corpus.conditions) { fn({EntityKind::condition, c.code}, c.description); }
    for (const auto& c : corpus.capabilities) { fn({EntityKind::capability, c.code}, c.description); }
    for (const auto& c : corpus.technologies) { fn({EntityKind::technology, c.id}, c.description); }
}

}  // namespace

void visit_texts(const Corpus& corpus, const TextVisitor& fn) {
    auto non_empty = [&](const EntityKey& owner, const Text& t) {
        if (!t.empty()) { fn(owner, t); }
    };
    visit_policy(corpus, non_empty);
    for (const auto& c : corpus.cards) { visit_card(c, non_empty); }
    for (const auto& m : corpus.measures) {
        non_empty({EntityKind::measure, m.code}, m.result);
        non_empty({EntityKind::measure, m.code}, m.indicator);
    }
    for (const auto& g : corpus.institution_groups) {
        non_empty({EntityKind::institution_group, std::to_string(g.number)}, g.notes);
    }
    for (const auto& p : corpus.pages) { non_empty({EntityKind::page, p.slug}, p.body); }
}

}  // namespace pvpp
