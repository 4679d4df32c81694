#include "render/html/content_site_renderer.h"

#include "load/record_loaders.h"
#include "render/common/hand_link_check.h"
#include "render/common/link_check.h"
#include "render/common/markdown_html.h"
#include "render/common/theme.h"
#include "render/common/urls.h"
#include "render/html/content_tree.h"
#include "render/html/page_layout.h"
#include "util/parallel.h"

namespace pvpp {
namespace {

const std::vector<std::string> k_templates = {k_layout_template, "content.tpl"};

// Names the templates use, hashed once (a plain string is hashed on every use).
const ctemplate::StaticTemplateString k_listing = STS_INIT(k_listing, "LISTING");
const ctemplate::StaticTemplateString k_item = STS_INIT(k_item, "ITEM");
const ctemplate::StaticTemplateString k_href = STS_INIT(k_href, "HREF");
const ctemplate::StaticTemplateString k_label = STS_INIT(k_label, "LABEL");
const ctemplate::StaticTemplateString k_body = STS_INIT(k_body, "BODY");
const ctemplate::StaticTemplateString k_description = STS_INIT(k_description, "DESCRIPTION");
const ctemplate::StaticTemplateString k_text = STS_INIT(k_text, "TEXT");
const ctemplate::StaticTemplateString k_tags = STS_INIT(k_tags, "TAGS");
const ctemplate::StaticTemplateString k_tag = STS_INIT(k_tag, "TAG");
const ctemplate::StaticTemplateString k_name = STS_INIT(k_name, "NAME");

/// One file of the site to render: a page, or a folder's listing (with its _index.md, if any).
struct SiteItem {
    const ContentPage* page = nullptr;
    const ContentFolder* folder = nullptr;
};

std::vector<SiteItem> site_items(const std::vector<ContentPage>& pages, const ContentTree& tree) {
    std::vector<SiteItem> items;
    for (const auto& p : pages) {
        if (!p.is_index) { items.push_back({&p, nullptr}); }
    }
    for (const auto& [folder, entry] : tree.folders()) { items.push_back({entry.index, &entry}); }
    return items;
}

void fill_listing(const ContentFolder& folder, const ContentTree& tree, ctemplate::TemplateDictionary& main) {
    if (folder.pages.empty() && folder.subfolders.empty()) { return; }
    main.ShowSection(k_listing);
    auto item = [&](const std::string& to, const std::string& label) {
        auto* d = main.AddSectionDictionary(k_item);
        d->SetValue(k_href, url::relative(folder.folder, to));
        d->SetValue(k_label, label);
    };
    for (const auto& sub : folder.subfolders) { item(sub, tree.title(sub)); }
    for (const auto* p : folder.pages) { item(p->folder, p->title); }
}

// The text to quote: the body on its own lines (the front matter's lines left blank).
void quote_body(const ContentPage& page, Diagnostics& diags) {
    diags.remember_source(page.body.loc.file, std::string(page.body.loc.line - 1, '\n') + page.body.markdown);
}

// The body is parsed once: checked on that parse (the loader leaves it to this), then rendered.
void fill_page(const ContentPage& page, const std::string& folder, ctemplate::TemplateDictionary& main,
               std::vector<WrittenLink>& links, Diagnostics& diags) {
    CmarkDocument doc = parse_markdown(page.body.markdown);
    check_markdown_tree(page.body, doc.get(), diags);
    links = written_links(page.body, doc.get());  // checked once every page is made
    if (diags.error_count() > 0) { quote_body(page, diags); }
    main.SetValue(k_body, markdown_page_to_html(std::move(doc), [&](std::string_view url) {
        return relative_site_url(folder, url);
    }));
    if (!page.description.empty()) { main.AddSectionDictionary(k_description)->SetValue(k_text, page.description); }
    if (page.tags.empty()) { return; }
    auto* tags = main.AddSectionDictionary(k_tags);
    for (const auto& t : page.tags) { tags->AddSectionDictionary(k_tag)->SetValue(k_name, t); }
}

OutputFile render_item(const SiteItem& item, const ContentTree& tree, const SiteFrame& frame, const Theme& theme,
                       std::vector<WrittenLink>& links, Diagnostics& diags) {
    PageView view;
    view.path = item.folder ? item.folder->folder : item.page->folder;
    view.title = item.page ? item.page->title : tree.title(view.path);
    view.breadcrumbs = tree.breadcrumbs(view.path);
    ctemplate::TemplateDictionary dict("page");
    ctemplate::TemplateDictionary* main = fill_frame(frame, view, "content.tpl", dict);
    if (item.page) { fill_page(*item.page, view.path, *main, links, diags); }
    if (item.folder) { fill_listing(*item.folder, tree, *main); }
    return {view.path + "index.html", theme.expand(k_layout_template, dict)};
}

}  // namespace

std::string relative_site_url(const std::string& page_folder, std::string_view url) {
    if (url.size() < 1 || url[0] != '/' || (url.size() > 1 && url[1] == '/')) { return std::string(url); }
    std::size_t cut = url.find_first_of("?#");
    std::string_view path = url.substr(1, cut == std::string_view::npos ? std::string_view::npos : cut - 1);
    std::string_view rest = cut == std::string_view::npos ? std::string_view() : url.substr(cut);
    std::string out = url::root_prefix(page_folder);
    out += path;
    if (path.empty() || path.back() == '/') { out += "index.html"; }
    out += rest;
    return out;
}

// Every page renders on every core at once into its own slot; the files keep that order.
void ContentSiteRenderer::render(const RenderContext& ctx, OutputFolder& out, Diagnostics& diags) const {
    Theme theme;
    if (!theme.load(ctx.config.root, ctx.config.theme, k_templates, diags)) { return; }
    const auto& pages = ctx.corpus.content_pages;
    ContentTree tree(pages);
    SiteFrame frame;
    frame.site_title = tree.title("");
    frame.nav = tree.navigation();
    std::vector<SiteItem> items = site_items(pages, tree);
    std::vector<Diagnostics> found(items.size());
    std::vector<std::vector<WrittenLink>> links(items.size());
    std::vector<OutputFile> files = parallel_map<OutputFile>(
        items.size(), [&](std::size_t i) { return render_item(items[i], tree, frame, theme, links[i], found[i]); });
    for (auto& d : found) { diags.append(std::move(d)); }
    for (auto& f : theme.static_files()) { files.push_back(std::move(f)); }
    Diagnostics written;
    SiteIds ids(files);
    for (std::size_t i = 0; i < items.size(); ++i) {
        const ContentPage* page = items[i].page;
        if (page && check_folder_links(links[i], page->folder, ids, written)) { quote_body(*page, written); }
    }
    // Written links are reported at their Markdown lines; the pages are checked again only
    // for what the theme makes, so that no broken link is reported twice.
    if (written.error_count() == 0) { check_links(files, out.dir_name(), diags); }
    diags.append(std::move(written));
    for (auto& f : files) { out.write(f.path, std::move(f.bytes), diags); }
}

}  // namespace pvpp
