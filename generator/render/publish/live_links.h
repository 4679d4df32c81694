// Links of the CMS fragments: absolute addresses on the live site. A record only this
// site has a page for links to the live chapter page and anchor that describe it.
#pragma once
#include <map>
#include <string>

#include "render/common/code_links.h"
#include "render/common/live_places.h"

namespace pvpp {

class LiveLinks {
public:
    /// Maps every site folder the live site has a place for; the base is data/site.toml's base_url.
    /// The corpus must outlive it.
    explicit LiveLinks(const Corpus& corpus);

    /// The live place of a site target; empty when only this site has it.
    LivePlace place(const SiteTarget& target) const;
    /// The absolute live URL of a site target, "" when only this site has it.
    std::string href(const SiteTarget& target) const;
    /// https://…/lv/<slug>#<anchor> (no '#' when anchor is empty).
    std::string url(const std::string& slug, const std::string& anchor = "") const;

private:
    void add(const std::string& folder, LivePlace place);

    const SiteConfig& m_site;
    std::map<std::string, LivePlace> m_by_folder;
};

}  // namespace pvpp
