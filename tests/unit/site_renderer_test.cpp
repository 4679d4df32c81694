// The site renderer: page views (pure) and pages expanded through the real theme.
#include "render/html/site_renderer.h"

#include <doctest/doctest.h>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <memory>
#include <regex>
#include <sstream>

#include "load/corpus_loader.h"
#include "render/common/urls.h"
#include "test_site.h"
#include "util/file_system.h"
#include "validate/validate.h"

using namespace pvpp;
namespace fs = std::filesystem;

namespace {

using test::Site;

std::unique_ptr<Site> small_site() {
    MemoryFileSystem files;
    files.add("content/roles.toml", "[[role]]\nnumber = 5\nid = \"pakalpojuma-saimnieks\"\nname = \"Pakalpojuma saimnieks\"\n");
    files.add("content/tasks/PU2-1.toml", "code = \"PU2-1\"\nname = \"Plānošana <b>\"\nrelated = [\"PU2-2\"]\n"
                                          "[matrix]\npakalpojuma-saimnieks = \"A?\"\n");
    files.add("content/tasks/PU2-2.toml", "code = \"PU2-2\"\nname = \"Otrais\"\n[matrix]\npakalpojuma-saimnieks = \"A\"\n");
    files.add("content/terms.toml", "[[term]]\nid = \"pakalpojums\"\nname = \"Pakalpojums\"\n"
                                    "definition = \"\"\"\nSkatīt PU2-2 un *uzmanību*.\n\"\"\"\n");
    return test::load_site(files);
}

// The small site through the real theme, with no diagnostic.
void render_small_site(OutputFolder& out) {
    auto site = small_site();
    RenderContext ctx{site->corpus, site->index, site->config};
    Diagnostics diags;
    SiteRenderer().render(ctx, out, diags);
    CHECK(diags.error_count() == 0);
}

const PageView& page_at(const std::vector<PageView>& pages, const std::string& path) {
    for (const auto& p : pages) {
        if (p.path == path) { return p; }
    }
    FAIL("no page at " << path);
    return pages.front();
}

}  // namespace

TEST_CASE("urls follow the scheme and links between pages are relative") {
    CHECK(url::of(EntityKind::task, "PU2-10") == "lv/uzdevumi/pu2-10/");
    CHECK(url::of(EntityKind::measure, "P4.2") == "lv/darba-plans/p4-2/");
    CHECK(url::relative("lv/uzdevumi/pu2-1/", url::of(EntityKind::task, "PU2-2")) ==
          "../../../lv/uzdevumi/pu2-2/index.html");
    CHECK(url::relative("", url::of(EntityKind::role, "x")) == "lv/lomas/x/index.html");
    Capability live;
    live.code = "S2";
    live.name = "Kultūra";
    live.slug = "s2-kultura";
    CHECK(url::capability(live) == "lv/s2-kultura/");
}

TEST_CASE("every record gets a page and the front page comes first") {
    auto site = small_site();
    REQUIRE(site->diags.error_count() == 0);
    RenderContext ctx{site->corpus, site->index, site->config};
    auto pages = site_pages(ctx);
    // home, 404, completeness, matrix, work plan, search, downloads, term, role, two tasks, and the
    // section index of the terms', roles' and tasks' folders
    CHECK(pages.size() == 14);
    CHECK(pages.front().path.empty());
    const PageView& task = page_at(pages, "lv/uzdevumi/pu2-1/");
    CHECK(task.code == "PU2-1");
    REQUIRE(task.sections.size() == 8);
    CHECK(task.sections[0].html.find("Sadaļa vēl nav aprakstīta") != std::string::npos);
    CHECK(task.sections[1].id == "sadala-2");
    CHECK(task.sections[3].html.find("href=\"../../../lv/uzdevumi/pu2-2/index.html\"") != std::string::npos);
}

TEST_CASE("each kind's folder has a section index: its plural as title, its pages by code") {
    auto site = small_site();
    auto pages = site_pages(site->context());
    const PageView& tasks = page_at(pages, "lv/uzdevumi/");
    CHECK(tasks.title == "Uzdevumi");
    REQUIRE(tasks.sections.size() == 1);
    CHECK(tasks.sections[0].html == "<ul><li><a href=\"../../lv/uzdevumi/pu2-1/index.html\">PU2-1 Plānošana &lt;b&gt;</a></li>"
                                    "<li><a href=\"../../lv/uzdevumi/pu2-2/index.html\">PU2-2 Otrais</a></li></ul>");
    CHECK_FALSE(tasks.searchable);
    CHECK(page_at(pages, "lv/jedzieni/").title == "Jēdzieni");
    // The work plan's folder already has its page: no index replaces it.
    CHECK(std::count_if(pages.begin(), pages.end(), [](const PageView& p) { return p.path == url::workplan(); }) == 1);
}

TEST_CASE("codes in Markdown become relative links; inferred matrix cells are marked") {
    auto site = small_site();
    RenderContext ctx{site->corpus, site->index, site->config};
    auto pages = site_pages(ctx);
    const PageView& term = page_at(pages, "lv/jedzieni/pakalpojums/");
    CHECK(term.sections[0].html ==
          "<p>Skatīt <a href=\"../../../lv/uzdevumi/pu2-2/index.html\">PU2-2</a> un <em>uzmanību</em>.</p>\n");
    const PageView& task = page_at(pages, "lv/uzdevumi/pu2-1/");
    bool marked = false;
    for (const auto& f : task.fields) { marked |= f.html.find("class=\"inferred\"") != std::string::npos; }
    CHECK(marked);
}

TEST_CASE("the theme escapes record text and writes one index.html per page") {
    OutputFolder out("site");
    render_small_site(out);
    const std::string* html = out.find("lv/uzdevumi/pu2-1/index.html");
    REQUIRE(html);
    CHECK(html->find("Plānošana &lt;b&gt;") != std::string::npos);
    CHECK(html->find("Plānošana <b>") == std::string::npos);
    CHECK(html->find("href=\"../../../static/style.css\"") != std::string::npos);
    CHECK(out.find("index.html"));
    CHECK(out.find("static/style.css"));
}

TEST_CASE("only the search page loads the search index; every page has the header's search form") {
    OutputFolder out("site");
    render_small_site(out);
    for (const char* file : {"index.html", "404.html", "lv/uzdevumi/pu2-1/index.html", "lv/meklesana/index.html"}) {
        const std::string* html = out.find(file);
        REQUIRE(html);
        CAPTURE(file);
        CHECK(html->find("id=\"search-form\"") != std::string::npos);
        bool search_page = std::string(file) == "lv/meklesana/index.html";
        CHECK((html->find("static/search-index.js") != std::string::npos) == search_page);
        CHECK((html->find("static/search.js") != std::string::npos) == search_page);
    }
}

TEST_CASE("output paths that would leave the output folder are refused") {
    CHECK(is_safe_relative_path("lv/uzdevumi/pu2-1/index.html"));
    CHECK_FALSE(is_safe_relative_path("../x"));
    CHECK_FALSE(is_safe_relative_path("lv/../../x"));
    CHECK_FALSE(is_safe_relative_path("/etc/passwd"));
    CHECK_FALSE(is_safe_relative_path("lv//x"));
    CHECK_FALSE(is_safe_relative_path("lv/CON.html"));
    CHECK_FALSE(is_safe_relative_path(std::string("a\0b", 3)));
    OutputFolder out("site");
    Diagnostics diags;
    CHECK_FALSE(out.write("../escape.html", "x", diags));
    CHECK(diags.error_count() == 1);
    CHECK(out.files().empty());
}

TEST_CASE("sitemap.xml lists every page under the published address; the 404 page is not in it") {
    auto site = small_site();
    site->corpus.site.base_url = "https://www.varam.gov.lv";
    site->corpus.site.site_url = "https://pvpp.example.lv/";
    RenderContext ctx{site->corpus, site->index, site->config};
    auto pages = site_pages(ctx);
    std::string xml = sitemap_xml(pages, site->corpus.site);
    CHECK(xml.find("<loc>https://pvpp.example.lv/</loc>") != std::string::npos);
    CHECK(xml.find("<loc>https://pvpp.example.lv/lv/uzdevumi/pu2-1/</loc>") != std::string::npos);
    CHECK(xml.find("404") == std::string::npos);
    std::size_t count = 0;
    for (std::size_t at = xml.find("<loc>"); at != std::string::npos; at = xml.find("<loc>", at + 1)) { ++count; }
    CHECK(count == pages.size() - 1);
}

TEST_CASE("consecutive pages of one kind link to each other as previous and next") {
    auto site = small_site();
    RenderContext ctx{site->corpus, site->index, site->config};
    auto pages = site_pages(ctx);
    const PageView& first = page_at(pages, "lv/uzdevumi/pu2-1/");
    const PageView& second = page_at(pages, "lv/uzdevumi/pu2-2/");
    CHECK(first.previous.href.empty());
    CHECK(first.next.href == "../../../lv/uzdevumi/pu2-2/index.html");
    CHECK(first.next.label == "PU2-2 Otrais");
    CHECK(second.previous.href == "../../../lv/uzdevumi/pu2-1/index.html");
    CHECK(second.next.href.empty());
}

TEST_CASE("the 404 page's links start at the site's root: a server shows it at any missing address") {
    OutputFolder out("site");
    render_small_site(out);
    const std::string* html = out.find("404.html");
    REQUIRE(html);
    CHECK(html->find("href=\"/static/style.css\"") != std::string::npos);
    CHECK(html->find("<a href=\"/index.html\">Sākums</a>") != std::string::npos);
    CHECK(html->find("href=\"/lv/meklesana/index.html\"") != std::string::npos);
    std::regex relative("(href|src|action)=\"(?!https:|mailto:)[a-z]");  // relative to the address it is shown at
    CHECK_FALSE(std::regex_search(*html, relative));
    const std::string* task = out.find("lv/uzdevumi/pu2-1/index.html");
    REQUIRE(task);
    CHECK(task->find("href=\"/") == std::string::npos);  // every other page's links are relative
}
