// Where a record is on the live site (varam.gov.lv): the chapter page that lists
// its kind, and absolute URLs with the live anchors, for outputs read away from the site.
#pragma once
#include <string>

#include "model/record_kinds.h"

namespace pvpp {

/// base_url + "/lv/" + slug, with "#anchor" when anchor is not empty.
std::string live_url(const SiteConfig& site, const std::string& slug, const std::string& anchor = "");

/// A condition's place on the conditions chapter page; "" when no page shows conditions.
std::string condition_live_url(const Corpus& corpus, const Condition& condition);

/// A capability's or resource's live page: its own slug, its parent's page with its
/// anchor for a sub-item (S2-4), else its place on the chapter page; "" when there is none.
std::string capability_live_url(const Corpus& corpus, const Capability& capability);

}  // namespace pvpp
