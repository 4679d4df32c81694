#include "render/publish/live_links.h"

#include "render/common/urls.h"

namespace pvpp {

// Every record kind the live site describes; stages, catalogues, the work plan and
// the pages only this site has are left out, so links to them become plain text.
LiveLinks::LiveLinks(const Corpus& c, const CorpusIndex& ix) : m_site(c.site) {
    auto record = [&](const std::string& folder, EntityKind kind, const std::string& id) {
        add(folder, live_place(c, ix, {kind, id}));
    };
    for (const auto& p : c.site.pages) { record(url::page(p.slug), EntityKind::live_page, p.slug); }
    for (const auto& p : c.pages) { record(url::page(p.slug), EntityKind::page, p.slug); }
    for (const auto& t : c.terms) { record(url::term(t.id), EntityKind::term, t.id); }
    for (const auto& p : c.principles) {
        record(url::principle(p.number), EntityKind::principle, std::to_string(p.number));
    }
    for (const auto& s : c.scales) { record(url::scale(s.id), EntityKind::scale, s.id); }
    for (const auto& l : c.levels) { record(url::level(l.id), EntityKind::level, l.id); }
    for (const auto& r : c.roles) { record(url::role(r.id), EntityKind::role, r.id); }
    for (const auto& t : c.tasks) { record(url::task(t.code), EntityKind::task, t.code); }
    for (const auto& g : c.condition_groups) {
        record(url::condition_group(g.code()), EntityKind::condition_group, g.code());
    }
    for (const auto& x : c.conditions) { record(url::condition(x.code), EntityKind::condition, x.code); }
    for (const auto& x : c.capabilities) {
        if (is_live(x)) {
            add(url::capability(x), {x.slug, "", x.code + " " + x.name});
        } else {
            record(url::capability(x), EntityKind::capability, x.code);
        }
    }
    for (const auto& g : c.institution_groups) {
        record(url::institution_group(g.number), EntityKind::institution_group, std::to_string(g.number));
    }
}

void LiveLinks::add(const std::string& folder, LivePlace place) {
    if (!place.empty()) { m_by_folder.emplace(folder, std::move(place)); }
}

LivePlace LiveLinks::place(const SiteTarget& target) const {
    auto it = m_by_folder.find(target.folder);
    if (it == m_by_folder.end()) { return {}; }
    LivePlace place = it->second;
    // An anchor names a part of a live page; on a record's folder it would name a part of a
    // page only this site has (a sub-item of a capability without a live page).
    if (place.anchor.empty()) { place.anchor = target.anchor; }
    return place;
}

std::string LiveLinks::href(const SiteTarget& target) const {
    LivePlace p = place(target);
    return p.empty() ? "" : url(p.slug, p.anchor);
}

std::string LiveLinks::url(const std::string& slug, const std::string& anchor) const {
    return live_url(m_site, slug, anchor);
}

}  // namespace pvpp
