// Where the live site describes each record: the chapter page that lists its kind and
// the record's live anchor there. The site shows it as "Vieta politikā"; the CMS
// fragments link there instead of to pages only this site has.
#pragma once
#include <string>

#include "model/corpus.h"
#include "model/entity.h"
#include "render/common/live_urls.h"

namespace pvpp {

/// A place on the live site: a page and an anchor on it.
struct LivePlace {
    std::string slug;    ///< the page, lv/<slug>; "" when the live site does not describe the record
    std::string anchor;  ///< "" for the top of the page
    std::string title;   ///< the page's title

    bool empty() const { return slug.empty(); }
};

/// The anchor of the roles page's grid of scales, levels and roles: scales and levels are shown there.
inline constexpr const char* k_role_grid_anchor = "merogi-limeni-lomas";

/// True for a prose page the live site has too (`live = true` in its front matter).
bool is_live(const Page& page);
/// True for a capability or resource with a page of its own on the live site.
bool is_live(const Capability& capability);

/// The live place of a record; empty when the live site does not describe it.
LivePlace live_place(const Corpus& corpus, const EntityKey& key);

}  // namespace pvpp
