// The site's internal link checker.
#include <doctest/doctest.h>

#include "render/common/link_check.h"

using namespace pvpp;

namespace {

std::vector<std::string> messages(const Diagnostics& d) {
    std::vector<std::string> out;
    for (const auto& x : d.sorted()) {
        out.push_back(x.loc.file + ":" + std::to_string(x.loc.line) + ":" + std::to_string(x.loc.column) + " " + x.message);
    }
    return out;
}

}  // namespace

TEST_CASE("links to existing pages and anchors pass; external links are not followed") {
    std::vector<OutputFile> files = {
        {"index.html", "<a href=\"lv/a/index.html#x\">a</a> <a href=\"https://example.com/nowhere\">e</a>"
                       " <a href=\"mailto:pvp@varam.gov.lv\">m</a> <a href=\"#top\">t</a><h1 id=\"top\">T</h1>"},
        {"lv/a/index.html", "<h2 id=\"x\">X</h2><a href=\"../../index.html\">home</a><a href=\"../../static/s.css\">c</a>"},
        {"static/s.css", "body{}"},
    };
    Diagnostics diags;
    check_links(files, "site", diags);
    CHECK(messages(diags).empty());
}

TEST_CASE("a missing page, a missing anchor and a link above the root are reported with their place") {
    std::vector<OutputFile> files = {
        {"index.html", "<p>\n  <a href=\"lv/b/index.html\">b</a> <a href=\"lv/a/index.html#y\">y</a>\n"
                       "<a href=\"../../x.html\">up</a></p>"},
        {"lv/a/index.html", "<h2 id=\"x\">X</h2>"},
    };
    Diagnostics diags;
    check_links(files, "site", diags);
    CHECK(messages(diags) == std::vector<std::string>{
                                 "site/index.html:2:12 saite 'lv/b/index.html' nekur neved: nav lapas lv/b/index.html",
                                 "site/index.html:2:44 saite 'lv/a/index.html#y' nekur neved: lapā lv/a/index.html nav id 'y'",
                                 "site/index.html:3:10 saite '../../x.html' nekur neved: nav lapas "});
}

TEST_CASE("attribute_values decodes &amp; and keeps offsets") {
    auto v = attribute_values("<a href=\"a?x=1&amp;y=2\">", "href");
    REQUIRE(v.size() == 1);
    CHECK(v[0].second == "a?x=1&y=2");
    CHECK(v[0].first == 9);
}

TEST_CASE("a link out of the site folder passes only when it names another renderer's declared file") {
    std::vector<OutputFile> files = {
        {"lv/lejupielades/index.html", "<a href=\"../../../xlsx/a.xlsx\">a</a><a href=\"../../../xlsx/b.xlsx\">b</a>"},
    };
    Diagnostics diags;
    check_links(files, "site", diags, {"xlsx/a.xlsx"});
    CHECK(messages(diags) == std::vector<std::string>{
                                 "site/lv/lejupielades/index.html:1:46 saite '../../../xlsx/b.xlsx' nekur neved: nav lapas "});
}
