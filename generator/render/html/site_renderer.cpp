#include <algorithm>
#include "render/html/site_renderer.h"

#include <filesystem>
#include <fstream>
#include <sstream>

#include "render/common/theme.h"
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

void copy_static(const Theme& theme, OutputFolder& out, Diagnostics& diags) {
    namespace fs = std::filesystem;
    for (const auto& dir : theme.static_dirs()) {
        std::error_code ec;
        for (fs::directory_iterator it(dir, ec), end; !ec && it != end; it.increment(ec)) {
            std::ifstream in(it->path(), std::ios::binary);
            std::ostringstream bytes;
            bytes << in.rdbuf();
            out.write("static/" + it->path().filename().string(), bytes.str(), diags);
        }
    }
}

}  // namespace

std::vector<PageView> site_pages(const RenderContext& ctx) {
    std::vector<PageView> pages = {home_page(ctx), completeness_page(ctx), matrix_page(ctx)};
    for (auto* group : {&policy_pages, &task_pages, &condition_pages, &plan_pages}) {
        for (auto& p : (*group)(ctx)) { pages.push_back(std::move(p)); }
    }
    return pages;
}

void SiteRenderer::render(const RenderContext& ctx, OutputFolder& out, Diagnostics& diags) const {
    Theme theme;
    if (!theme.load(ctx.config.root, ctx.config.theme, k_templates, diags)) { return; }
    for (const auto& page : site_pages(ctx)) {
        ctemplate::TemplateDictionary dict("page");
        fill_dictionary(page, ctx.corpus.site, dict);
        out.write(page.path + "index.html", theme.expand("page.tpl", dict), diags);
    }
    copy_static(theme, out, diags);
}

}  // namespace pvpp
