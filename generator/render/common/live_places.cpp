#include "render/common/live_places.h"

#include <algorithm>

#include "model/anchors.h"
#include "model/record_kinds.h"
#include "util/slug.h"

namespace pvpp {
namespace {

std::string title_of(const LivePage& p) { return p.title.empty() ? p.slug : p.title; }

// The chapter page that lists a kind is the descriptor's live place (model/record_kinds.h).
LivePlace on_page_showing(const Corpus& corpus, EntityKind kind, const std::string& anchor) {
    const LivePage* p = live_page_showing(corpus, record_kind(kind).live_shows);
    return p ? LivePlace{p->slug, anchor, title_of(*p)} : LivePlace{};
}

// The institution groups are listed in a section of a page (the introduction's "tvērums").
LivePlace institutions_place(const Corpus& corpus) {
    for (const auto& p : corpus.site.pages) {
        for (const auto& s : p.sections) {
            if (s.shows == record_kind(EntityKind::institution_group).live_shows) {
                return {p.slug, slugify(s.heading), title_of(p)};
            }
        }
    }
    return on_page_showing(corpus, EntityKind::institution_group, "");
}

template <typename Map>
auto find_in(const Map& map, const std::string& id) -> decltype(map.begin()->second) {
    auto it = map.find(id);
    return it == map.end() ? nullptr : it->second;
}

// The place of a record listed on the chapter page that shows its kind, at its anchor there.
template <typename Map, typename Anchor>
LivePlace listed_place(const Corpus& corpus, const Map& map, const EntityKey& key, Anchor anchor) {
    auto record = find_in(map, key.id);
    return record ? on_page_showing(corpus, key.kind, anchor(*record)) : LivePlace{};
}

LivePlace principle_place(const Corpus& corpus, const std::string& id) {
    auto p = std::find_if(corpus.principles.begin(), corpus.principles.end(),
                          [&](const Principle& x) { return std::to_string(x.number) == id; });
    return p == corpus.principles.end() ? LivePlace{} : on_page_showing(corpus, EntityKind::principle, slugify(p->name));
}

LivePlace condition_place(const Corpus& corpus, const CorpusIndex& index, const EntityKey& key) {
    if (key.kind == EntityKind::condition_group) {
        const ConditionGroup* g = find_in(index.condition_groups, key.id);
        return g ? on_page_showing(corpus, key.kind, slugify(g->code() + " " + g->name)) : LivePlace{};
    }
    if (key.kind == EntityKind::condition) {
        const Condition* c = find_in(index.conditions, key.id);
        const ConditionGroup* g = c ? find_in(index.condition_groups, "N" + std::to_string(c->group())) : nullptr;
        return c ? on_page_showing(corpus, key.kind, condition_anchor(*c, g ? g->name : "")) : LivePlace{};
    }
    const Capability* c = find_in(index.capabilities, key.id);
    return c ? on_page_showing(corpus, key.kind, capability_anchor(*c)) : LivePlace{};
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

// A registered kind's record is listed on the page that shows its kind, under its name.
LivePlace registered_place(const Corpus& corpus, const EntityKey& key) {
    auto records = corpus.records.find(key.kind);
    if (records == corpus.records.end()) { return {}; }
    for (const auto& r : records->second) {
        if (r.id == key.id) { return on_page_showing(corpus, key.kind, slugify(r.name)); }
    }
    return {};
}

}  // namespace

bool is_live(const Page& page) { return page.live; }

bool is_live(const Capability& capability) { return !capability.slug.empty(); }

LivePlace live_place(const Corpus& corpus, const CorpusIndex& index, const EntityKey& key) {
    const std::string& id = key.id;
    switch (key.kind) {
        case EntityKind::term:
            return listed_place(corpus, index.terms, key, [](auto& t) { return slugify(t.name); });
        case EntityKind::principle: return principle_place(corpus, id);
        case EntityKind::scale:
        case EntityKind::level: return on_page_showing(corpus, key.kind, k_role_grid_anchor);
        case EntityKind::role:
            return listed_place(corpus, index.roles, key, [](auto& r) { return role_anchor(r); });
        case EntityKind::task:
            return listed_place(corpus, index.tasks, key, [](auto& t) { return task_anchor(t); });
        case EntityKind::condition_group:
        case EntityKind::condition:
        case EntityKind::capability: return condition_place(corpus, index, key);
        case EntityKind::institution_group: return institutions_place(corpus);
        case EntityKind::page:
        case EntityKind::live_page: return page_place(corpus, key);
        case EntityKind::stage:  // no live page lists these
        case EntityKind::competence:
        case EntityKind::technology:
        case EntityKind::line:
        case EntityKind::measure: return {};
    }
    return registered_place(corpus, key);
}

}  // namespace pvpp
