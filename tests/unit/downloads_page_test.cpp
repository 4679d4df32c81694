// The downloads page's sizes and formats, and the site's copies of the downloads.
#include "render/html/downloads_page.h"

#include <doctest/doctest.h>

#include "render/common/pdf_links.h"
#include "render/html/entity_pages.h"
#include "test_site.h"

using namespace pvpp;

TEST_CASE("download sizes read as a Latvian reader writes them") {
    CHECK(size_label(812) == "812 B");
    CHECK(size_label(45'400) == "45 kB");
    CHECK(size_label(2'345'678) == "2,3 MB");
    CHECK(size_label(999'999) == "1000 kB");
    CHECK(format_label("xlsx/PVPP2024–2027_1.pielikums.xlsx") == "XLSX");
    CHECK(format_label("cards/PU2-10.pdf") == "PDF");
}

TEST_CASE("the site's copies of the cards link to the site from where they lie") {
    RenderConfig config;
    config.offered = {{"cards/PU2-10.html", "<a href=\"../site/lv/lomas/a/index.html\">a</a> <a href=\"PU2-15.html\">"},
                      {"cards/PU2-10.pdf", "/URI (../site/lv/x/index.html#y)>>\n/URI (https://www.varam.gov.lv/lv)>>"},
                      {"xlsx/a.xlsx", "../site/ stays"}};
    auto copies = download_copies(config);
    REQUIRE(copies.size() == 3);
    CHECK(copies[0].path == "datnes/cards/PU2-10.html");
    CHECK(copies[0].bytes == "<a href=\"../../lv/lomas/a/index.html\">a</a> <a href=\"PU2-15.html\">");
    CHECK(copies[1].bytes.size() == config.offered[1].bytes.size());  // offsets in the PDF stay valid
    CHECK(copies[1].bytes == "/URI (../../lv/x/index.html#y)  >>\n/URI (https://www.varam.gov.lv/lv)>>");
    CHECK(copies[2].bytes == "../site/ stays");
}

TEST_CASE("a PDF's links are moved only to a prefix no longer than the old one") {
    std::string pdf = "/URI (../.pvpp-print/PU2-15.html#a)>>";
    CHECK(with_pdf_links_moved(pdf, "../.pvpp-print/", "../cards/") == "/URI (../cards/PU2-15.html#a)      >>");
    CHECK(with_pdf_links_moved(pdf, "../.pvpp-print/", "../a-much-longer-folder/") == pdf);
}

TEST_CASE("the public downloads page lists only what the site carries; the review one says where the rest is") {
    MemoryFileSystem files;
    files.add("content/roles.toml", "[[role]]\nnumber = 1\nid = \"a\"\nname = \"Loma a\"\n");
    auto site = test::load_site(files);
    site->config.downloads = {{"Pielikums", "xlsx/a.xlsx", true, 45'400}, {"Lapu saturs", "publish/index.html", false}};
    auto html = [&](Edition e) {
        site->config.edition = e;
        return downloads_page(site->context()).sections.at(0).html;
    };
    std::string shown = html(Edition::public_);
    CHECK(shown.find("Pielikums") != std::string::npos);
    CHECK(shown.find("publish/index.html") == std::string::npos);
    CHECK(shown.find("vietnes daļa") == std::string::npos);
    std::string review = html(Edition::review);
    CHECK(review.find("publish/index.html") != std::string::npos);
    CHECK(review.find("mapē <code>datnes/</code>") != std::string::npos);
}
