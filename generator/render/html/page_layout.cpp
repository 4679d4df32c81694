#include "render/html/page_layout.h"

#include "render/common/urls.h"

namespace pvpp {
namespace {

void fill_navigation(const PageView& page, const std::vector<PageLink>& nav, ctemplate::TemplateDictionary& dict) {
    for (const auto& item : nav) {
        auto* d = dict.AddSectionDictionary("NAV");
        d->SetValue("HREF", url::relative(page.path, item.href));
        d->SetValue("LABEL", item.label);
        if (item.href == page.path) { d->ShowSection("CURRENT"); }
    }
}

}  // namespace

std::string root_prefix(const std::string& folder) {
    std::string up;
    for (char c : folder) {
        if (c == '/') { up += "../"; }
    }
    return up;
}

// Included templates do not see their parent's values (ctemplate), so the main part
// gets a dictionary of its own; TITLE is in both, for the breadcrumbs and the heading.
ctemplate::TemplateDictionary* fill_frame(const SiteFrame& frame, const PageView& page,
                                          const std::string& main_template, ctemplate::TemplateDictionary& dict) {
    dict.SetValue("TITLE", page.title);
    dict.SetValue("DOCUMENT_TITLE", page.title == frame.site_title ? page.title : page.title + " – " + frame.site_title);
    dict.SetValue("SITE_TITLE", frame.site_title);
    dict.SetValue("ROOT", root_prefix(page.path));
    for (const auto& b : page.breadcrumbs) {
        auto* d = dict.AddSectionDictionary("BREADCRUMB");
        d->SetValue("LABEL", b.label);
        d->SetValue("HREF", b.href);
    }
    fill_navigation(page, frame.nav, dict);
    if (frame.search) { dict.ShowSection("SEARCH"); }
    if (frame.policy_links) { dict.ShowSection("POLICY_LINKS"); }
    if (frame.footer) {
        dict.ShowSection("FOOTER");
        dict.SetValue("SUPPORT_EMAIL", frame.support_email);
        dict.SetValue("INFO_URL", frame.info_url);
    }
    ctemplate::TemplateDictionary* main = dict.AddIncludeDictionary("MAIN");
    main->SetFilename(main_template);
    main->SetValue("TITLE", page.title);
    return main;
}

}  // namespace pvpp
