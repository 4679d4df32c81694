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

// A record's anchor on the chapter page that lists its kind: its kind's own, or its name as a slug.
std::string anchor_of(const Corpus& corpus, const RecordView& r) {
    auto anchor = record_kind(r.key.kind).anchor;
    return anchor ? anchor(corpus, r) : slugify(std::string(r.name));
}

// The place of a record listed on the chapter page that shows its kind, at its anchor there.
LivePlace listed_place(const Corpus& corpus, const EntityKey& key) {
    if (*record_kind(key.kind).live_shows == '\0') { return {}; }  // no live page lists these
    LivePlace place;
    visit_records(corpus, key.kind, [&](const RecordView& r) {
        if (place.empty() && r.key.id == key.id) { place = on_page_showing(corpus, key.kind, anchor_of(corpus, r)); }
    });
    return place;
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

LivePlace live_place(const Corpus& corpus, const EntityKey& key) {
    // Scales and levels are shown in the roles page's grid; institution groups in a section.
    if (key.kind == EntityKind::scale || key.kind == EntityKind::level) {
        return on_page_showing(corpus, key.kind, k_role_grid_anchor);
    }
    if (key.kind == EntityKind::institution_group) { return institutions_place(corpus); }
    if (key.kind == EntityKind::page || key.kind == EntityKind::live_page) { return page_place(corpus, key); }
    return listed_place(corpus, key);
}

}  // namespace pvpp
