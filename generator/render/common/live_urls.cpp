#include "render/common/live_urls.h"

#include "model/anchors.h"
#include "render/common/live_places.h"

namespace pvpp {
namespace {

const Capability* parent_of(const Corpus& corpus, const Capability& c) {
    std::string parent = c.code.substr(0, c.code.find('-'));
    for (const auto& p : corpus.capabilities) {
        if (p.code == parent && &p != &c) { return &p; }
    }
    return nullptr;
}

}  // namespace

std::string live_url(const SiteConfig& site, const std::string& slug, const std::string& anchor) {
    std::string base = site.base_url;
    while (!base.empty() && base.back() == '/') { base.pop_back(); }
    return base + "/lv/" + slug + (anchor.empty() ? "" : "#" + anchor);
}

std::string condition_live_url(const Corpus& corpus, const Condition& condition) {
    LivePlace place = live_place(corpus, {EntityKind::condition, condition.code});
    return place.empty() ? "" : live_url(corpus.site, place.slug, place.anchor);
}

std::string capability_live_url(const Corpus& corpus, const Capability& capability) {
    if (!capability.slug.empty()) { return live_url(corpus.site, capability.slug); }
    const Capability* parent = parent_of(corpus, capability);
    if (parent && !parent->slug.empty()) {
        return live_url(corpus.site, parent->slug, capability_anchor(capability));
    }
    const LivePage* page = live_page_showing(corpus, "capabilities");
    return page ? live_url(corpus.site, page->slug, capability_anchor(capability)) : "";
}

}  // namespace pvpp
