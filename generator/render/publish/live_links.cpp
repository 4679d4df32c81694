#include "render/publish/live_links.h"

#include "model/record_kinds.h"
#include "render/common/hand_links.h"
#include "render/common/urls.h"

namespace pvpp {

// Every record the live site describes, at its page's folder; the kinds it does not (stages,
// catalogues, the work plan) and the pages only this site has have no live place, so links to
// them become plain text. A capability with a page of its own on the live site links there.
LiveLinks::LiveLinks(const Corpus& c) : m_site(c.site) {
    for (const auto& x : c.capabilities) {
        if (is_live(x)) { add(url::capability(x), {x.slug, "", x.code + " " + x.name}); }
    }
    for (const auto& kind : record_kinds()) {
        visit_records(c, kind.kind,
                      [&](const RecordView& r) { add(record_folder(c, r.key), live_place(c, r.key)); });
    }
}

void LiveLinks::add(const std::string& folder, LivePlace place) {
    if (!place.empty() && !folder.empty()) { m_by_folder.emplace(folder, std::move(place)); }
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
