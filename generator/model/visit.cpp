#include "model/visit.h"

namespace pvpp {
namespace {

void visit_card(const TaskCard& c, const std::function<void(const Text&)>& fn) {
    for (const Text* t : {&c.result.result, &c.result.benefits, &c.result.threats, &c.scope.notes,
                          &c.duties.notes, &c.related.notes, &c.conditions.notes, &c.capabilities.processes,
                          &c.capabilities.notes, &c.resources.information, &c.resources.notes,
                          &c.guidance.actions, &c.guidance.general, &c.guidance.attention}) {
        fn(*t);
    }
    for (const auto& d : c.duties.roles) { fn(d.text); }
}

void visit_policy(const Corpus& corpus, const std::function<void(const Text&)>& fn) {
    for (const auto& t : corpus.terms) { fn(t.definition); }
    for (const auto& p : corpus.principles) { fn(p.description); }
    for (const auto& a : corpus.scales) { fn(a.description); }
    for (const auto& a : corpus.levels) { fn(a.description); }
    for (const auto& r : corpus.roles) {
        fn(r.institution);
        fn(r.description);
        fn(r.focus);
    }
    for (const auto& g : corpus.condition_groups) { fn(g.description); }
    for (const auto& c : corpus.conditions) { fn(c.description); }
    for (const auto& c : corpus.capabilities) { fn(c.description); }
    for (const auto& c : corpus.technologies) { fn(c.description); }
}

}  // namespace

void visit_texts(const Corpus& corpus, const std::function<void(const Text&)>& fn) {
    auto non_empty = [&](const Text& t) {
        if (!t.empty()) { fn(t); }
    };
    visit_policy(corpus, non_empty);
    for (const auto& c : corpus.cards) { visit_card(c, non_empty); }
    for (const auto& m : corpus.measures) {
        non_empty(m.result);
        non_empty(m.indicator);
    }
    for (const auto& g : corpus.institution_groups) { non_empty(g.notes); }
    for (const auto& p : corpus.pages) { non_empty(p.body); }
}

}  // namespace pvpp
