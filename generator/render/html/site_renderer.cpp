#include <algorithm>
#include "render/html/site_renderer.h"

#include <filesystem>
#include <fstream>
#include <sstream>

#include <map>

#include "render/common/link_check.h"
#include "render/common/term_linker.h"
#include "render/common/theme.h"
#include "render/html/search_index.h"
#include "render/html/entity_pages.h"

namespace pvpp {
namespace {

const std::vector<std::string> k_templates = {"page.tpl"};

std::string root_prefix(const std::string& path) {
    std::string up;
    for (char c : path) {
        if (c == '/') { up += "../"; }
    }
    return up;
}

void fill_dictionary(const PageView& page, const SiteConfig& site, ctemplate::TemplateDictionary& dict) {
    dict.SetValue("TITLE", page.title);
    dict.SetValue("KIND", page.kind);
    dict.SetValue("CODE", page.code);
    dict.SetValue("SITE_TITLE", site.title);
    dict.SetValue("ROOT", root_prefix(page.path));
    dict.SetValue("SUPPORT_EMAIL", site.support_email);
    dict.SetValue("INFO_URL", site.further_info_url);
    for (const auto& b : page.breadcrumbs) {
        auto* d = dict.AddSectionDictionary("BREADCRUMB");
        d->SetValue("LABEL", b.label);
        d->SetValue("HREF", b.href);
    }
    if (!page.fields.empty()) { dict.ShowSection("FIELDS"); }
    for (const auto& f : page.fields) {
        auto* d = dict.AddSectionDictionary("FIELD");
        d->SetValue("LABEL", f.label);
        d->SetValue("VALUE", f.html);
    }
    for (const auto& s : page.sections) {
        auto* d = dict.AddSectionDictionary("SECTION");
        d->SetValue("ID", s.id);
        d->SetValue("HEADING", s.heading);
        d->SetValue("CONTENT", s.html);
        if (!s.heading.empty()) { d->ShowSection("HAS_HEADING"); }
    }
}

// Later folders win, so a user theme's file replaces the default one of the same name.
void add_static(const Theme& theme, std::vector<OutputFile>& files) {
    namespace fs = std::filesystem;
    std::map<std::string, std::string> by_name;
    for (const auto& dir : theme.static_dirs()) {
        std::error_code ec;
        for (fs::directory_iterator it(dir, ec), end; !ec && it != end; it.increment(ec)) {
            std::ifstream in(it->path(), std::ios::binary);
            std::ostringstream bytes;
            bytes << in.rdbuf();
            by_name[it->path().filename().string()] = bytes.str();
        }
    }
    for (auto& [name, bytes] : by_name) { files.push_back({"static/" + name, std::move(bytes)}); }
}

}  // namespace

std::vector<PageView> site_pages(const RenderContext& ctx) {
    std::vector<PageView> pages = {home_page(ctx), completeness_page(ctx), matrix_page(ctx), workplan_page(ctx),
                                   search_page(ctx)};
    for (auto* group : {&chapter_pages, &policy_pages, &task_pages, &condition_pages, &plan_pages}) {
        for (auto& p : (*group)(ctx)) { pages.push_back(std::move(p)); }
    }
    return pages;
}

void SiteRenderer::render(const RenderContext& base, OutputFolder& out, Diagnostics& diags) const {
    Lemmatizer lemmatizer;
    TermLinker terms(base.corpus.terms, lemmatizer);
    RenderContext ctx = base;
    ctx.terms = &terms;
    Theme theme;
    if (!theme.load(ctx.config.root, ctx.config.theme, k_templates, diags)) { return; }
    std::vector<OutputFile> files;
    std::vector<PageView> pages = site_pages(ctx);
    for (const auto& page : pages) {
        ctemplate::TemplateDictionary dict("page");
        fill_dictionary(page, ctx.corpus.site, dict);
        files.push_back({page.path + "index.html", theme.expand("page.tpl", dict)});
    }
    add_static(theme, files);
    files.push_back({"static/search-index.js", search_index_js(search_entries(pages))});
    check_links(files, out.dir_name(), diags);
    for (const auto& f : files) { out.write(f.path, f.bytes, diags); }
}

}  // namespace pvpp
