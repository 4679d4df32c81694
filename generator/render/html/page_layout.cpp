#include "render/html/page_layout.h"

#include "render/common/urls.h"

namespace pvpp {
namespace {

// Names the templates use, hashed once (a plain string is hashed on every use).
const ctemplate::StaticTemplateString k_title = STS_INIT(k_title, "TITLE");
const ctemplate::StaticTemplateString k_document_title = STS_INIT(k_document_title, "DOCUMENT_TITLE");
const ctemplate::StaticTemplateString k_site_title = STS_INIT(k_site_title, "SITE_TITLE");
const ctemplate::StaticTemplateString k_root = STS_INIT(k_root, "ROOT");
const ctemplate::StaticTemplateString k_breadcrumb = STS_INIT(k_breadcrumb, "BREADCRUMB");
const ctemplate::StaticTemplateString k_label = STS_INIT(k_label, "LABEL");
const ctemplate::StaticTemplateString k_href = STS_INIT(k_href, "HREF");
const ctemplate::StaticTemplateString k_nav = STS_INIT(k_nav, "NAV");
const ctemplate::StaticTemplateString k_current = STS_INIT(k_current, "CURRENT");
const ctemplate::StaticTemplateString k_search = STS_INIT(k_search, "SEARCH");
const ctemplate::StaticTemplateString k_search_scripts = STS_INIT(k_search_scripts, "SEARCH_SCRIPTS");
const ctemplate::StaticTemplateString k_policy_links = STS_INIT(k_policy_links, "POLICY_LINKS");
const ctemplate::StaticTemplateString k_footer = STS_INIT(k_footer, "FOOTER");
const ctemplate::StaticTemplateString k_support_email = STS_INIT(k_support_email, "SUPPORT_EMAIL");
const ctemplate::StaticTemplateString k_info_url = STS_INIT(k_info_url, "INFO_URL");
const ctemplate::StaticTemplateString k_main = STS_INIT(k_main, "MAIN");
const ctemplate::StaticTemplateString k_review = STS_INIT(k_review, "REVIEW");
const ctemplate::StaticTemplateString k_watermark = STS_INIT(k_watermark, "WATERMARK");

void fill_navigation(const PageView& page, const std::vector<PageLink>& nav, ctemplate::TemplateDictionary& dict) {
    for (const auto& item : nav) {
        auto* d = dict.AddSectionDictionary(k_nav);
        d->SetValue(k_href, (page.from_root ? "/" : "") + url::relative(page.path, item.href));
        d->SetValue(k_label, item.label);
        if (item.href == page.path) { d->ShowSection(k_current); }
    }
}

}  // namespace

// Included templates do not see their parent's values (ctemplate), so the main part
// gets a dictionary of its own; TITLE is in both, for the breadcrumbs and the heading.
ctemplate::TemplateDictionary* fill_frame(const SiteFrame& frame, const PageView& page,
                                          const std::string& main_template, ctemplate::TemplateDictionary& dict) {
    dict.SetValue(k_title, page.title);
    dict.SetValue(k_document_title, page.title == frame.site_title ? page.title : page.title + " – " + frame.site_title);
    dict.SetValue(k_site_title, frame.site_title);
    dict.SetValue(k_root, page.from_root ? "/" : url::root_prefix(page.path));
    for (const auto& b : page.breadcrumbs) {
        auto* d = dict.AddSectionDictionary(k_breadcrumb);
        d->SetValue(k_label, b.label);
        d->SetValue(k_href, b.href);
    }
    fill_navigation(page, frame.nav, dict);
    if (!frame.watermark.empty()) {
        dict.ShowSection(k_review);
        dict.SetValue(k_watermark, frame.watermark);
    }
    if (frame.search) { dict.ShowSection(k_search); }
    if (frame.search && page.path == url::search()) { dict.ShowSection(k_search_scripts); }
    if (frame.policy_links) { dict.ShowSection(k_policy_links); }
    if (frame.footer) {
        dict.ShowSection(k_footer);
        dict.SetValue(k_support_email, frame.support_email);
        dict.SetValue(k_info_url, frame.info_url);
    }
    ctemplate::TemplateDictionary* main = dict.AddIncludeDictionary(k_main);
    main->SetFilename(main_template);
    main->SetValue(k_title, page.title);
    return main;
}

}  // namespace pvpp
