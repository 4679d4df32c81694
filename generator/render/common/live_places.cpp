#include "render/common/live_places.h"

#include <algorithm>

#include "model/anchors.h"
#include "util/slug.h"

namespace pvpp {
namespace {

std::string title_of(const LivePage& p) { return p.title.empty() ? p.slug : p.title; }

LivePlace on_page_showing(const Corpus& corpus, const std::string& kind, const std::string& anchor) {
    const LivePage* p = live_page_showing(corpus, kind);
    return p ? LivePlace{p->slug, anchor, title_of(*p)} : LivePlace{};
}

// The institution groups are listed in a section of a page (the introduction's "tvērums").
LivePlace institutions_place(const Corpus& corpus) {
    for (const auto& p : corpus.site.pages) {
        for (const auto& s : p.sections) {
            if (s.shows == "institutions") { return {p.slug, slugify(s.heading), title_of(p)}; }
        }
    }
    return on_page_showing(corpus, "institutions", "");
}

template <typename Map>
auto find_in(const Map& map, const std::string& id) -> decltype(map.begin()->second) {
    auto it = map.find(id);
    return it == map.end() ? nullptr : it->second;
}

LivePlace policy_place(const Corpus& corpus, const CorpusIndex& index, const EntityKey& key) {
    switch (key.kind) {
        case EntityKind::term: {
            const Term* t = find_in(index.terms, key.id);
            return t ? on_page_showing(corpus, "terms", slugify(t->name)) : LivePlace{};
        }
        case EntityKind::principle: {
            auto p = std::find_if(corpus.principles.begin(), corpus.principles.end(),
                                  [&](const Principle& x) { return std::to_string(x.number) == key.id; });
            return p == corpus.principles.end() ? LivePlace{} : on_page_showing(corpus, "principles", slugify(p->name));
        }
        case EntityKind::scale:
        case EntityKind::level: return on_page_showing(corpus, "roles", k_role_grid_anchor);
        case EntityKind::role: {
            const Role* r = find_in(index.roles, key.id);
            return r ? on_page_showing(corpus, "roles", role_anchor(*r)) : LivePlace{};
        }
        case EntityKind::task: {
            const Task* t = find_in(index.tasks, key.id);
            return t ? on_page_showing(corpus, "tasks", task_anchor(*t)) : LivePlace{};
        }
        case EntityKind::stage:  // no live page lists these
        case EntityKind::competence:
        case EntityKind::technology:
        case EntityKind::line:
        case EntityKind::measure: return {};
        case EntityKind::condition_group:  // live_place() sends these elsewhere
        case EntityKind::condition:
        case EntityKind::capability:
        case EntityKind::institution_group:
        case EntityKind::page:
        case EntityKind::live_page: return {};
    }
    return {};
}

LivePlace condition_place(const Corpus& corpus, const CorpusIndex& index, const EntityKey& key) {
    if (key.kind == EntityKind::condition_group) {
        const ConditionGroup* g = find_in(index.condition_groups, key.id);
        return g ? on_page_showing(corpus, "conditions", slugify(g->code() + " " + g->name)) : LivePlace{};
    }
    if (key.kind == EntityKind::condition) {
        const Condition* c = find_in(index.conditions, key.id);
        const ConditionGroup* g = c ? find_in(index.condition_groups, "N" + std::to_string(c->group())) : nullptr;
        return c ? on_page_showing(corpus, "conditions", condition_anchor(*c, g ? g->name : "")) : LivePlace{};
    }
    const Capability* c = find_in(index.capabilities, key.id);
    return c ? on_page_showing(corpus, "capabilities", capability_anchor(*c)) : LivePlace{};
}

LivePlace page_place(const Corpus& corpus, const EntityKey& key) {
    if (key.kind == EntityKind::live_page) {
        auto p = std::find_if(corpus.site.pages.begin(), corpus.site.pages.end(),
                              [&](const LivePage& x) { return x.slug == key.id; });
        return p == corpus.site.pages.end() ? LivePlace{} : LivePlace{p->slug, "", title_of(*p)};
    }
    auto p = std::find_if(corpus.pages.begin(), corpus.pages.end(), [&](const Page& x) { return x.slug == key.id; });
    return p == corpus.pages.end() || !is_live(*p) ? LivePlace{} : LivePlace{p->slug, "", p->title};
}

}  // namespace

bool is_live(const Page& page) { return page.live; }

bool is_live(const Capability& capability) { return !capability.slug.empty(); }

LivePlace live_place(const Corpus& corpus, const CorpusIndex& index, const EntityKey& key) {
    switch (key.kind) {
        case EntityKind::condition_group:
        case EntityKind::condition:
        case EntityKind::capability: return condition_place(corpus, index, key);
        case EntityKind::institution_group: return institutions_place(corpus);
        case EntityKind::page:
        case EntityKind::live_page: return page_place(corpus, key);
        case EntityKind::term:
        case EntityKind::principle:
        case EntityKind::scale:
        case EntityKind::level:
        case EntityKind::stage:
        case EntityKind::role:
        case EntityKind::task:
        case EntityKind::competence:
        case EntityKind::technology:
        case EntityKind::line:
        case EntityKind::measure: return policy_place(corpus, index, key);
    }
    return {};
}

}  // namespace pvpp
