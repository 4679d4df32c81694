#include "render/publish/publish_renderer.h"

#include <optional>
#include <set>

#include "render/common/diagrams/svg_writer.h"
#include "render/common/edition.h"
#include "render/common/hand_links.h"
#include "render/common/output_commit.h"
#include "render/common/term_linker.h"
#include "render/common/theme.h"
#include "render/publish/svg_to_png.h"
#include "util/file_system.h"
#include "util/message.h"
#include "util/parallel.h"

namespace pvpp {
namespace {

// The templates the index page needs.
const std::vector<std::string>& publish_templates() {
    static const std::vector<std::string> k_templates = {"publish/index.tpl"};
    return k_templates;
}

// The preview frame opens links in a new tab.
const char* k_preview_head =
    "<!DOCTYPE html>\n<html lang=\"lv\"><head><meta charset=\"utf-8\"><base target=\"_blank\"></head><body>\n";

// The files beside a fragment in lv/: its diagrams (as PNG, when drawn, and as SVG), then its images.
std::vector<std::string> picture_files(const Fragment& f, bool png) {
    std::vector<std::string> names;
    for (const auto& p : f.pictures) {
        if (png) { names.push_back(p.file + ".png"); }
        names.push_back(p.file + ".svg");
    }
    names.insert(names.end(), f.images.begin(), f.images.end());
    return names;
}

// The fragment as index.html shows it: its pictures are in lv/. (A <base href> would do, but
// Chromium's preload scanner requests the pictures before it reads the base of a srcdoc frame.)
std::string preview(const Fragment& f) {
    std::string html = f.html;
    for (const auto& name : picture_files(f, true)) {
        std::string src = "src=\"" + name + "\"";
        for (std::size_t at = html.find(src); at != std::string::npos; at = html.find(src, at + src.size() + 3)) {
            html.insert(at + 5, "lv/");
        }
    }
    return k_preview_head + html + "</body></html>\n";
}

std::vector<std::string> notes(const Fragment& f) {
    std::vector<std::string> out;
    if (f.html.empty()) { out.push_back("Korpusā šai lapai vēl nav satura: fragments ir tukšs."); }
    if (f.gaps > 0) {
        out.push_back("Saturs vēl nav pārnests no avota: " + svg::count(f.gaps, "vieta", "vietas") +
                      " (slīprakstā). Pirms publicēšanas tās jāaizpilda korpusā vai jāizlaiž.");
    }
    if (f.inferred > 0) {
        out.push_back("Kods secināts, avotos nav norādīts: " + svg::count(f.inferred, "virsraksts", "virsraksti") +
                      " (atzīmēti „kods secināts”).");
    }
    return out;
}

void fill_page(ctemplate::TemplateDictionary& page, const Fragment& f, bool png) {
    page.SetValue("ANCHOR", f.slug);
    page.SetValue("TITLE", f.title);
    page.SetValue("URL", f.url);
    page.SetValue("FILE", "lv/" + f.slug + ".html");
    page.SetValue("FRAGMENT", f.html);
    page.SetValue("PREVIEW", preview(f));
    for (const auto& name : picture_files(f, png)) {
        page.ShowSection("HAS_PICTURES");
        auto* d = page.AddSectionDictionary("PICTURE");
        d->SetValue("HREF", "lv/" + name);
        d->SetValue("NAME", name);
    }
    for (const auto& text : notes(f)) {
        page.AddSectionDictionary("NOTE")->SetValue("TEXT", text);
        page.ShowSection("HAS_NOTES");
    }
}

std::string index_html(const Theme& theme, const SiteConfig& site, const std::vector<Fragment>& fragments, bool png,
                       Edition edition) {
    ctemplate::TemplateDictionary dict("publish");
    if (edition == Edition::review) {
        dict.ShowSection("REVIEW");
        dict.SetValue("WATERMARK", review_text::k_watermark);
    }
    dict.SetValue("SITE_TITLE", site.title);
    dict.SetValue("BASE_URL", site.base_url);
    dict.SetValue("PAGE_COUNT", svg::count(fragments.size(), "lapa", "lapas"));
    if (!png) { dict.ShowSection("NO_PNG"); }
    for (const auto& f : fragments) { fill_page(*dict.AddSectionDictionary("PAGE"), f, png); }
    return theme.expand("publish/index.tpl", dict);
}

// The PNG the last build drew from the same SVG: rsvg-convert takes a third of a second
// per picture, more than the rest of the build.
bool previous_png(const std::string& previous_out, const std::string& file, const std::string& svg, std::string& png) {
    if (previous_out.empty() || !same_file_on_disk(previous_out, "publish/lv/" + file + ".svg", svg)) { return false; }
    auto bytes = read_file_bytes(previous_out + "/publish/lv/" + file + ".png");
    if (!bytes || bytes->empty()) { return false; }
    png = std::move(*bytes);
    return true;
}

// Each picture once (several fragments may show it), in the order the fragments show them.
std::vector<const FragmentPicture*> unique_pictures(const std::vector<Fragment>& fragments) {
    std::set<std::string> seen;
    std::vector<const FragmentPicture*> pictures;
    for (const auto& f : fragments) {
        for (const auto& p : f.pictures) {
            if (seen.insert(p.file).second) { pictures.push_back(&p); }
        }
    }
    return pictures;
}

// Each picture as SVG and (with rsvg-convert) as PNG; the PNGs drawn side by side.
void write_pictures(const std::vector<Fragment>& fragments, const std::string& rsvg, const std::string& previous_out,
                    OutputFolder& out, Diagnostics& diags) {
    auto pictures = unique_pictures(fragments);
    struct Png {
        std::string bytes, problem;
    };
    auto pngs = parallel_map<Png>(rsvg.empty() ? 0 : pictures.size(), [&](std::size_t i) {
        Png png;
        const auto& p = *pictures[i];
        if (!previous_png(previous_out, p.file, p.picture.svg, png.bytes)) {
            svg_to_png(rsvg, p.picture.svg, png.bytes, png.problem);
        }
        return png;
    });
    for (std::size_t i = 0; i < pictures.size(); ++i) {
        const auto& p = *pictures[i];
        out.write("lv/" + p.file + ".svg", p.picture.svg, diags);
        if (i >= pngs.size()) { continue; }
        if (pngs[i].problem.empty()) {
            out.write("lv/" + p.file + ".png", std::move(pngs[i].bytes), diags);
        } else {
            diags.error({"publish/lv/" + p.file + ".png"}, pngs[i].problem);
        }
    }
}

// Theme files the index page loads: no inline script or style, so a strict CSP can serve it.
void write_static(const Theme& theme, OutputFolder& out, Diagnostics& diags) {
    for (const char* name : {"publish.css", "publish.js"}) {
        std::string bytes = theme.read_static(name);
        if (bytes.empty()) {
            diags.error({std::string("themes/default/static/") + name}, _("publish page file is missing"));
        } else {
            out.write(name, bytes, diags);
        }
    }
}

}  // namespace

std::vector<Download> PublishRenderer::downloads(const Corpus&) const {
    return {
        {"Lapu saturs publicēšanai varam.gov.lv (HTML fragmenti ielīmēšanai platformā)", "publish/index.html", false}};
}

namespace {

// The pictures of content/images/ the fragments show, beside them in lv/ (as the diagrams).
void write_images(const std::vector<Fragment>& fragments, const Corpus& corpus, OutputFolder& out, Diagnostics& diags) {
    std::set<std::string> shown;
    for (const auto& f : fragments) { shown.insert(f.images.begin(), f.images.end()); }
    for (const auto& image : corpus.images) {
        if (shown.count(image.name)) { out.write("lv/" + image.name, image.bytes, diags); }
    }
}

}  // namespace

std::vector<Fragment> publish_fragments(const FragmentContext& ctx) {
    std::vector<Fragment> fragments;
    for (const auto& page : live_pages(ctx.render.corpus, ctx.render.index)) {
        fragments.push_back(
            render_fragment(ctx, for_edition(page, ctx.render.config.edition, ctx.render.config.moved)));
    }
    return fragments;
}

void PublishRenderer::render(const RenderContext& ctx, OutputFolder& out, Diagnostics& diags) const {
    if (!live_pages(ctx.corpus, ctx.index).empty() && ctx.corpus.site.base_url.empty()) {
        diags.error(ctx.corpus.site.loc.file.empty() ? SourceLoc{"data/site.toml"} : ctx.corpus.site.loc,
                    _("base_url is not set: the pages for the CMS (publish/) link to the live site at that address"));
        return;
    }
    Theme theme;
    if (!theme.load(ctx.config.root, ctx.config.theme, publish_templates(), diags)) { return; }
    std::string rsvg = find_rsvg_convert();
    if (rsvg.empty()) {
        diags.warning({"publish/"}, _("rsvg-convert was not found: pictures are written as SVG only "
                                      "(install Debian's librsvg2-bin, e.g. with make deps)"));
    }
    std::optional<Lemmatizer> lemmatizer;  // loaded only when the build has none to share
    std::optional<TermLinker> own_terms;
    if (!ctx.terms) {
        if (!ctx.lemmatizer) { lemmatizer.emplace(); }
        own_terms.emplace(ctx.corpus.terms, ctx.lemmatizer ? *ctx.lemmatizer : *lemmatizer);
    }
    LiveLinks links(ctx.corpus);
    HandLinks hand_links(ctx.corpus, ctx.config.moved);
    RenderContext with_links = ctx;
    with_links.hand_links = &hand_links;
    FragmentContext fctx{with_links, ctx.terms ? ctx.terms : &*own_terms, links, rsvg.empty() ? "svg" : "png"};
    std::vector<Fragment> fragments = publish_fragments(fctx);
    for (const auto& f : fragments) { out.write("lv/" + f.slug + ".html", f.html, diags); }
    write_images(fragments, ctx.corpus, out, diags);
    write_pictures(fragments, rsvg, ctx.config.previous_out, out, diags);
    out.write("index.html", index_html(theme, ctx.corpus.site, fragments, !rsvg.empty(), ctx.config.edition), diags);
    write_static(theme, out, diags);
}

}  // namespace pvpp
