// Whole card files through the default theme: page size, footer lines from the
// configuration, "uz saturu" links, anchors that resolve, and the listings.
#include <doctest/doctest.h>

#include <regex>
#include <set>

#include "cards_test_site.h"
#include "cli/options.h"
#include "render/cards/cards_renderer.h"
#include "render/cards/pdf_printer.h"
#include "render/common/link_check.h"

using namespace pvpp;
using test::check_anchors;
using test::count;

namespace {

bool has(const std::string& hay, const std::string& needle) { return hay.find(needle) != std::string::npos; }

std::map<std::string, std::string> render_files(const test::Site& site) {
    Theme theme;
    Diagnostics diags;
    REQUIRE(theme.load(site.config.root, "default", card_templates(), diags));
    RenderContext ctx = site.context();
    std::map<std::string, std::string> out;
    for (auto& f : card_files(ctx, theme, "/* css */")) { out[f.path] = f.bytes; }
    return out;
}

// The file without its SVG pictures: a picture's links are shapes, a rectangle each.
std::string without_pictures(std::string html) {
    for (auto at = html.find("<svg"); at != std::string::npos; at = html.find("<svg", at)) {
        auto end = html.find("</svg>", at);
        REQUIRE(end != std::string::npos);
        html.erase(at, end + 6 - at);
    }
    return html;
}

}  // namespace

TEST_CASE("a card file is a landscape document with a sheet per section and the configured footer") {
    auto site = test::cards_site();
    auto files = render_files(*site);
    REQUIRE(files.count("PU2-10.html"));
    const std::string& html = files["PU2-10.html"];
    CHECK(has(html, "/* css */"));
    CHECK(has(html, "<title>PU2-10 Starpiestāžu sadarbības koordinēšana – Vide</title>"));
    CHECK(count(html, ">uz saturu</a>") == 8);
    CHECK(count(html, "href=\"#PU2-10-saturs\"") == 8);
    // The footer lines come from data/site.toml: on the cover and on each section sheet,
    // and once more, without links, as the print footer repeated on every page.
    CHECK(count(html, "<a href=\"https://piemers.lv/plasak\">https://piemers.lv/plasak</a>") == 9);
    CHECK(count(html, "href=\"mailto:palidziba@piemers.lv\"") == 9);
    CHECK(has(html, "<span class=\"foot-label\">Atbalsts:</span> palidziba@piemers.lv</p>"));
    CHECK_FALSE(has(html, "varam.gov.lv"));
    CHECK(has(html, "<a href=\"#PU2-10-sadala-8\">8. Norādes uzdevuma veikšanai</a> <span class=\"toc-gap\">"));
    check_anchors(html);
}

TEST_CASE("the theme's stylesheet prints A4 landscape and starts each sheet on a new page") {
    std::string css = test::read_file(std::string(PVPP_SOURCE_DIR) + "/themes/default/static/cards.css");
    CHECK(has(css, "@page { size: A4 landscape;"));
    CHECK(has(css, "break-before: page"));
}

TEST_CASE("the cards folder has a file per task, all cards in one, an index and the role sheets") {
    auto site = test::cards_site();
    auto files = render_files(*site);
    for (const char* f : {"PU1-1.html", "PU2-10.html", "PU3-2.html", "visi-uzdevumi.html", "index.html", "lomas.html"}) {
        CHECK_MESSAGE(files.count(f), f);
    }
    const std::string& all = files["visi-uzdevumi.html"];
    CHECK(count(all, "<article class=\"card\"") == 3);
    CHECK(has(
        all, "<span class=\"code\">PU2-10</span> <a href=\"#PU2-10-saturs\">Starpiestāžu sadarbības koordinēšana</a>"));
    check_anchors(all);
    CHECK(has(files["index.html"], "<a href=\"PU2-10.html\">PU2-10</a>"));
    CHECK_FALSE(has(files["index.html"], ".pdf"));  // no PDF in a build without --pdf
    for (const auto& d : CardsRenderer().downloads(site->corpus)) {
        CHECK(d.path.rfind("cards/", 0) == 0);
        CHECK_MESSAGE(files.count(d.path.substr(6)), d.path);
    }
}

// Chromium sometimes gives a link made of several pieces on one line (a code in a <span>, then
// text) one rectangle and sometimes one per piece, so two prints of the same card differed
// (pdf_build_is_deterministic, under load): in the printed files a link is one run of text.
TEST_CASE("every link in a printed card file outside its pictures is plain text") {
    auto site = test::cards_site();
    for (const auto& [path, file] : render_files(*site)) {
        std::string html = without_pictures(file);
        for (auto at = html.find("<a "); at != std::string::npos; at = html.find("<a ", at + 1)) {
            auto text = html.find('>', at) + 1;
            CHECK_MESSAGE(html.find('<', text) == html.find("</a>", text), path << ": " << html.substr(at, 120));
        }
    }
}

TEST_CASE("the role sheets have a page per role, the summary and the interaction page") {
    auto site = test::cards_site();
    const std::string html = render_files(*site)["lomas.html"];
    CHECK(count(html, "<section class=\"sheet role-sheet\" id=\"loma-") == 2);
    CHECK(has(html, "id=\"lomas-kopsavilkums\""));
    CHECK(has(html, "id=\"lomas-mijiedarbiba\""));
    // The role's own page highlights it in the grid; the others are shown faintly.
    auto own = html.substr(html.find("id=\"loma-vadosa\""));
    CHECK(has(own, "<div class=\"role role-on\"><a href=\"../site/lv/lomas/vadosa/index.html\">"));
    CHECK(has(own, "<div class=\"role\"><a href=\"../site/lv/lomas/saimnieks/index.html\">"));
    CHECK(has(html, "<strong>Pakalpojuma vadītājs:</strong> iestādē ir konkrēts cilvēks"));
    check_anchors(html);
}

TEST_CASE("pvpp build takes --pdf and --cards-written-only") {
    std::ostringstream err;
    auto o = parse_options({"build", "--pdf", "--cards-written-only"}, err);
    REQUIRE(o);
    CHECK(o->pdf);
    CHECK(o->cards_written_only);
    auto args = chromium_print_args("/usr/bin/chromium", "/o/cards/PU2-10.html", "/o/cards/PU2-10.pdf", "/tmp/p");
    CHECK(args.front() == "/usr/bin/chromium");
    CHECK(args.back() == "file:///o/cards/PU2-10.html");
    for (const char* flag : {"--headless", "--no-sandbox", "--disable-gpu", "--no-pdf-header-footer",
                             "--print-to-pdf=/o/cards/PU2-10.pdf", "--user-data-dir=/tmp/p"}) {
        CHECK_MESSAGE(std::find(args.begin(), args.end(), flag) != args.end(), flag);
    }
}
