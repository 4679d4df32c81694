#include "render/html/site_renderer.h"

#include <algorithm>
#include <functional>
#include <memory>

#include "render/common/hand_link_check.h"
#include "render/common/link_check.h"
#include "render/common/term_linker.h"
#include "render/common/theme.h"
#include "render/common/urls.h"
#include "render/html/entity_pages.h"
#include "render/html/downloads_page.h"
#include "render/html/page_layout.h"
#include "render/html/search_index.h"
#include "util/parallel.h"
#include "util/text.h"

namespace pvpp {
namespace {

// The layout and the page template every page fills, of a kind or of none (home, search …).
std::vector<std::string> site_templates() { return {k_layout_template, "page.tpl"}; }

// Long pages get a table of contents of their titled sections.
void fill_toc(const PageView& page, ctemplate::TemplateDictionary& dict) {
    std::vector<const PageSection*> titled;
    for (const auto& s : page.sections) {
        if (!s.id.empty() && !s.heading.empty()) { titled.push_back(&s); }
    }
    if (titled.size() < 4) { return; }
    dict.ShowSection("HAS_TOC");
    for (const PageSection* s : titled) {
        auto* d = dict.AddSectionDictionary("TOC");
        d->SetValue("HREF", "#" + s->id);
        d->SetValue("LABEL", s->heading);
    }
}

void fill_neighbours(const PageView& page, ctemplate::TemplateDictionary& dict) {
    for (const auto& [name, link] : {std::pair{"PREVIOUS", &page.previous}, std::pair{"NEXT", &page.next}}) {
        if (link->href.empty()) { continue; }
        auto* d = dict.AddSectionDictionary(name);
        d->SetValue("HREF", link->href);
        d->SetValue("LABEL", link->label);
        dict.ShowSection("NEIGHBOURS");
    }
}

// The main part of a record's page (page.tpl).
void fill_record(const PageView& page, ctemplate::TemplateDictionary& dict) {
    dict.SetValue("KIND", page.kind);
    dict.SetValue("CODE", page.code);
    if (!page.code.empty()) { dict.ShowSection("HAS_CODE"); }
    dict.SetValue("LEAD", page.lead);
    if (!page.lead.empty()) { dict.ShowSection("HAS_LEAD"); }
    if (!page.fields.empty()) { dict.ShowSection("FIELDS"); }
    for (const auto& f : page.fields) {
        auto* d = dict.AddSectionDictionary("FIELD");
        d->SetValue("LABEL", f.label);
        d->SetValue("VALUE", f.html);
    }
    fill_toc(page, dict);
    fill_neighbours(page, dict);
    for (const auto& s : page.sections) {
        auto* d = dict.AddSectionDictionary("SECTION");
        d->SetValue("ID", s.id);
        d->SetValue("HEADING", s.heading);
        d->SetValue("CONTENT", s.html);
        if (!s.heading.empty()) { d->ShowSection("HAS_HEADING"); }
        if (!s.id.empty()) { d->ShowSection("HAS_ID"); }  // HTML allows no empty id
    }
}

SiteFrame policy_frame(const Corpus& corpus, Edition edition) {
    const SiteConfig& site = corpus.site;
    SiteFrame frame{site.title, main_navigation(corpus), true, true, true, site.further_info_url, site.support_email};
    if (edition == Edition::review) { frame.watermark = review_text::k_watermark; }
    return frame;
}

}  // namespace

// Absolute URLs under the address the site is published at; no dates, so builds stay identical.
std::string sitemap_xml(const std::vector<PageView>& pages, const SiteConfig& site) {
    std::string base = site.site_url.empty() ? site.base_url : site.site_url;
    while (!base.empty() && base.back() == '/') { base.pop_back(); }
    std::string xml = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                      "<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">\n";
    for (const auto& p : pages) {
        if (p.file != "index.html") { continue; }
        xml += "  <url><loc>" + html_escape(base + "/" + p.path) + "</loc></url>\n";
    }
    return xml + "</urlset>\n";
}

std::vector<PageLink> main_navigation(const Corpus& corpus) {
    std::vector<PageLink> nav;
    for (const auto& p : corpus.site.pages) {
        if (p.shows.empty() || p.shows == "index") { continue; }
        nav.push_back({!p.menu.empty() ? p.menu : (p.title.empty() ? p.slug : p.title), url::page(p.slug)});
    }
    return nav;
}

void link_neighbours(std::vector<PageView>& pages) {
    for (std::size_t i = 1; i < pages.size(); ++i) {
        PageView& a = pages[i - 1];
        PageView& b = pages[i];
        if (a.kind != b.kind || a.path.empty()) { continue; }
        a.next = {b.label(), url::relative(a.path, b.path)};
        b.previous = {a.label(), url::relative(b.path, a.path)};
    }
}

// The groups build their pages on every core at once (they only read the corpus);
// the pages are then put together in this fixed order.
std::vector<PageView> site_pages(const RenderContext& ctx) {
    using Group = std::function<std::vector<PageView>(const RenderContext&)>;
    auto one = [](PageView (*page)(const RenderContext&)) {
        return Group([page](const RenderContext& c) { return std::vector<PageView>{page(c)}; });
    };
    // The completeness report is the maintainer's: only the review edition has it.
    auto maintainer = [](const RenderContext& c) {
        return shows_maintainer_pages(c.config.edition) ? std::vector<PageView>{completeness_page(c)}
                                                        : std::vector<PageView>{};
    };
    const std::vector<Group> groups = {one(home_page),      one(not_found_page), Group(maintainer),
                                       one(matrix_page),    one(workplan_page),  one(search_page),
                                       one(downloads_page), chapter_pages,       policy_pages,
                                       task_pages,          condition_pages,     plan_pages,
                                       generic_pages};
    auto parts = parallel_map<std::vector<PageView>>(groups.size(), [&](std::size_t i) { return groups[i](ctx); });
    std::vector<PageView> pages;
    for (auto& part : parts) {
        for (auto& p : part) {
            if (!ctx.config.moved.count(p.path)) { pages.push_back(std::move(p)); }  // the edition makes no such page
        }
    }
    link_neighbours(pages);
    for (auto& p : kind_index_pages(ctx, pages)) { pages.push_back(std::move(p)); }
    return pages;
}

void SiteRenderer::render(const RenderContext& base, OutputFolder& out, Diagnostics& diags) const {
    std::unique_ptr<Lemmatizer> own_lemmatizer;
    const Lemmatizer* lemmatizer = base.lemmatizer;
    if (!lemmatizer) { lemmatizer = (own_lemmatizer = std::make_unique<Lemmatizer>()).get(); }
    TermLinker terms(base.corpus.terms, *lemmatizer);
    HandLinks hand_links(base.corpus, base.config.moved);
    RenderContext ctx = base;
    ctx.terms = &terms;
    ctx.hand_links = &hand_links;
    Theme theme;
    if (!theme.load(ctx.config.root, ctx.config.theme, site_templates(), diags)) { return; }
    std::vector<PageView> pages = site_pages(ctx);
    SiteFrame frame = policy_frame(ctx.corpus, ctx.config.edition);
    std::vector<OutputFile> files = parallel_map<OutputFile>(pages.size(), [&](std::size_t i) {
        ctemplate::TemplateDictionary dict("page");
        fill_record(pages[i], *fill_frame(frame, pages[i], "page.tpl", dict));
        return OutputFile{pages[i].path + pages[i].file, theme.expand(k_layout_template, dict)};
    });
    for (auto& f : theme.static_files()) { files.push_back(std::move(f)); }
    std::vector<PageView> searchable;
    // The search page is not a hit of its own: its box and help would match "meklēt".
    std::copy_if(pages.begin(), pages.end(), std::back_inserter(searchable),
                 [](const PageView& p) { return p.file == "index.html" && p.searchable && p.path != url::search(); });
    std::vector<SearchEntry> entries = search_entries(searchable);
    add_moved_records(entries, ctx.corpus, ctx.config.moved);
    files.push_back({"static/search-index.js", search_index_js(entries)});
    files.push_back({"sitemap.xml", sitemap_xml(pages, ctx.corpus.site)});
    for (auto& f : download_copies(ctx.config)) { files.push_back(std::move(f)); }
    for (const auto& image : ctx.corpus.images) {
        files.push_back({std::string(k_site_image_folder) + "/" + image.name, image.bytes});
    }
    std::vector<std::string> downloads;
    for (const auto& d : ctx.config.downloads) { downloads.push_back(d.path); }
    Diagnostics written;
    check_hand_links(ctx.corpus, hand_links, SiteIds(files), written);
    // What the editors wrote is reported at their lines; the check of the pages is left for
    // what the templates make, so a broken written link is not reported twice.
    if (written.error_count() == 0) { check_links(files, out.dir_name(), diags, downloads); }
    diags.append(std::move(written));
    for (auto& f : files) { out.write(f.path, std::move(f.bytes), diags); }
}

}  // namespace pvpp
