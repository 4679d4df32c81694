#include "render/html/downloads_page.h"

#include <cstdio>

#include "render/common/pdf_links.h"
#include "render/common/urls.h"
#include "render/html/entity_pages.h"
#include "render/html/page_builder.h"
#include "render/html/page_layout.h"
#include "util/text.h"

namespace pvpp {
namespace {

// The cards' HTML links to the site as "../site/…"; from site/datnes/cards/ that is "../../…".
std::string html_links_moved(std::string html) {
    const std::string from = "\"../site/";
    const std::string to = "\"../../";
    for (std::size_t at = html.find(from); at != std::string::npos; at = html.find(from, at + to.size())) {
        html.replace(at, from.size(), to);
    }
    return html;
}

std::string copy_of(const OutputFile& f) {
    if (f.path.ends_with(".pdf")) { return with_pdf_links_moved(f.bytes, "../site/", "../../"); }
    if (f.path.ends_with(".html")) { return html_links_moved(f.bytes); }
    return f.bytes;
}

std::string download_row(PageBuilder& b, const Download& d) {
    std::string href = url::root_prefix(b.view().path) + k_downloads_folder + d.path;  // a file, not a page's folder
    std::string name = d.in_site ? "<a href=\"" + html_escape(href) + "\">" + html_escape(d.label) + "</a>"
                                 : html_escape(d.label) + " – būvējuma mapē <code>" + html_escape(d.path) +
                                       "</code> blakus vietnei (nav vietnes daļa)";
    return "<tr><td>" + name + "</td><td>" + html_escape(format_label(d.path)) + "</td><td class=\"number\">" +
           (d.in_site ? html_escape(size_label(d.size)) : "") + "</td></tr>";
}

}  // namespace

std::string size_label(std::size_t bytes) {
    char text[32];
    if (bytes < 1000) {
        std::snprintf(text, sizeof text, "%zu B", bytes);
    } else if (bytes < 1000 * 1000) {
        std::snprintf(text, sizeof text, "%zu kB", (bytes + 500) / 1000);
    } else {
        std::size_t tenths = (bytes + 50 * 1000) / (100 * 1000);
        std::snprintf(text, sizeof text, "%zu,%zu MB", tenths / 10, tenths % 10);
    }
    return text;
}

std::string format_label(const std::string& path) {
    std::size_t dot = path.rfind('.');
    std::string ext = dot == std::string::npos ? "" : path.substr(dot + 1);
    for (char& c : ext) { c = static_cast<char>(c >= 'a' && c <= 'z' ? c - 'a' + 'A' : c); }
    return ext;
}

std::vector<OutputFile> download_copies(const RenderConfig& config) {
    std::vector<OutputFile> copies;
    for (const auto& f : config.offered) { copies.push_back({k_downloads_folder + f.path, copy_of(f)}); }
    return copies;
}

// The workbooks, cards and other files of the build, each with its format and size.
PageView downloads_page(const RenderContext& ctx) {
    PageBuilder b(ctx, url::downloads(), "Lejupielādes", "Lejupielādes");
    if (ctx.config.downloads.empty()) {
        b.section("", "<p class=\"gap\">Šajā būvējumā lejupielādējamu datņu vēl nav.</p>");
        return b.take();
    }
    // Where the files lie and what the build writes beside the site is the maintainers' business.
    bool review = shows_maintainer_pages(ctx.config.edition);
    std::string rows;
    for (const auto& d : ctx.config.downloads) { rows += d.in_site || review ? download_row(b, d) : ""; }
    std::string where = "<p>Datnes ir šīs vietnes daļa (mapē <code>" + std::string(k_downloads_folder) +
                        "</code>), tāpēc saites darbojas arī tad, ja vietne izvietota citur.</p>";
    b.section("", (review ? where : "") +
                      "<div class=\"table-wrap\"><table class=\"downloads\"><caption>Lejupielādējamās datnes"
                      "</caption><thead><tr><th scope=\"col\">Datne</th><th scope=\"col\">Formāts</th>"
                      "<th scope=\"col\">Lielums</th></tr></thead><tbody>" +
                      rows + "</tbody></table></div>");
    return b.take();
}

}  // namespace pvpp
