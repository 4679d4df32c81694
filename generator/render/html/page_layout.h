// The frame every site page shares (themes/default/templates/layout.tpl): head,
// header, main navigation, breadcrumbs and footer, around the page's own main part.
#pragma once
#include <string>
#include <vector>

#include <ctemplate/template.h>

#include "render/html/page_view.h"

namespace pvpp {

/// What the frame shows on every page of one site.
struct SiteFrame {
    std::string site_title;
    std::vector<PageLink> nav;  ///< main navigation: label and target folder (site-relative)
    bool search = false;        ///< the search box and its scripts (the policy site has a search index)
    bool policy_links = false;  ///< the matrix, work plan, search and downloads entries of the navigation
    bool footer = false;        ///< the footer with the further-information link and support address
    std::string info_url;
    std::string support_email;
    /// The review edition's "Darba versija — nav publicējama": shown on every page, which
    /// also tells search engines not to index it; "" in the public edition.
    std::string watermark{};
};

/// The template that holds the frame; the page's main part is included into it.
inline constexpr const char* k_layout_template = "layout.tpl";

/// Fills dict (for layout.tpl) with the frame of page and returns the dictionary of
/// its main part, which expands main_template: the caller fills that one.
ctemplate::TemplateDictionary* fill_frame(const SiteFrame& frame, const PageView& page,
                                          const std::string& main_template, ctemplate::TemplateDictionary& dict);

}  // namespace pvpp
