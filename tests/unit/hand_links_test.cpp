// Links and images as editors write them: every valid form leads to the same place from a
// page at any depth, from a card and from a CMS fragment, and check_hand_links finds no fault
// in them. (The broken forms, each with its exact message, are cases of tests/invalid/.)
#include <doctest/doctest.h>

#include <functional>

#include "render/cards/card_document.h"
#include "render/cards/card_links.h"
#include "render/cards/cards_renderer.h"
#include "render/common/theme.h"
#include "render/common/hand_links.h"
#include "render/common/page_content.h"
#include "render/html/site_renderer.h"
#include "render/publish/fragment.h"
#include "render/publish/live_links.h"
#include "test_site.h"

using namespace pvpp;

namespace {

const char* k_definition =
    "Sk. [saknes](/lv/uzdevumi/pu2-1/), [bez slīpsvītras](/lv/uzdevumi/pu2-1), "
    "[ar index](/lv/uzdevumi/pu2-1/index.html), [relatīvā](../../uzdevumi/pu2-2/), "
    "[enkurs](/lv/ievads-pamatjedzieni/#pakalpojumi), "
    "[tiešsaiste](https://www.varam.gov.lv/lv/ievads-pamatjedzieni#pakalpojumi), "
    "[tiešsaiste ar slīpsvītru](http://varam.gov.lv/lv/ievads-pamatjedzieni/), "
    "[cita](https://likumi.lv/x) un ![shēma](/images/shema.gif).\n\n![Latviski](/images/attēls.gif)";

std::unique_ptr<test::Site> linked_site() {
    MemoryFileSystem files;
    files.add("data/site.toml", "base_url = \"https://www.varam.gov.lv\"\n"
                                "[[page]]\nid = \"ievads\"\nslug = \"ievads-pamatjedzieni\"\ntitle = \"Ievads\"\n"
                                "shows = \"terms\"\n[[page.section]]\nheading = \"Pakalpojumi\"\nterms = [\"pakalpojums\"]\n");
    files.add("content/tasks/PU2-1.toml", "code = \"PU2-1\"\nname = \"Plānošana\"\n");
    files.add("content/tasks/PU2-2.toml", "code = \"PU2-2\"\nname = \"Izveide\"\n");
    files.add("content/terms.toml", std::string("[[term]]\nid = \"pakalpojums\"\nname = \"Pakalpojums\"\n"
                                                "definition = \"\"\"\n") + k_definition + "\n\"\"\"\n");
    files.add("content/images/shema.gif", "GIF89a");
    files.add("content/images/attēls.gif", "GIF89a");
    files.add("content/conditions.toml", "[[group]]\nnumber = 4\nname = \"Sadarbība\"\n[[condition]]\n"
                                         "code = \"N4-1\"\nname = \"Partneri\"\n"
                                         "description = \"![shēma](/images/shema.gif)\"\n");
    auto site = test::load_site(files);
    REQUIRE(site->diags.error_count() == 0);
    return site;
}

const Text& definition(const Corpus& corpus) { return corpus.terms.front().definition; }

// The hrefs of the definition's addresses as an output writes them, in order.
std::vector<std::string> hrefs(const std::function<std::string(std::string_view)>& on) {
    std::vector<std::string> out;
    for (const char* url : {"/lv/uzdevumi/pu2-1/", "/lv/uzdevumi/pu2-1", "/lv/uzdevumi/pu2-1/index.html",
                            "../../uzdevumi/pu2-2/", "/lv/ievads-pamatjedzieni/#pakalpojumi",
                            "https://www.varam.gov.lv/lv/ievads-pamatjedzieni#pakalpojumi",
                            "http://varam.gov.lv/lv/ievads-pamatjedzieni/", "https://likumi.lv/x", "/images/shema.gif"}) {
        out.push_back(on(url));
    }
    return out;
}

}  // namespace

TEST_CASE("a written link names one place, written for the depth of each page that shows it") {
    auto site = linked_site();
    HandLinks links(site->corpus, site->config.moved);
    const Text& text = definition(site->corpus);
    auto term_page = hrefs([&](std::string_view u) { return links.on_site(text, u, "lv/jedzieni/pakalpojums/"); });
    CHECK(term_page == std::vector<std::string>{
                           "../../../lv/uzdevumi/pu2-1/index.html", "../../../lv/uzdevumi/pu2-1/index.html",
                           "../../../lv/uzdevumi/pu2-1/index.html", "../../../lv/uzdevumi/pu2-2/index.html",
                           "../../../lv/ievads-pamatjedzieni/index.html#pakalpojumi",
                           "../../../lv/ievads-pamatjedzieni/index.html#pakalpojumi",
                           "../../../lv/ievads-pamatjedzieni/index.html", "https://likumi.lv/x",
                           "../../../images/shema.gif"});
    auto chapter = hrefs([&](std::string_view u) { return links.on_site(text, u, "lv/ievads-pamatjedzieni/"); });
    CHECK(chapter[3] == "../../lv/uzdevumi/pu2-2/index.html");  // relative: from the term's own page still
    CHECK(chapter[5] == "../../lv/ievads-pamatjedzieni/index.html#pakalpojumi");
    CHECK(chapter[8] == "../../images/shema.gif");
    auto card = hrefs([&](std::string_view u) { return links.beside_site(text, u); });
    CHECK(card[0] == "../site/lv/uzdevumi/pu2-1/index.html");
    CHECK(card[3] == "../site/lv/uzdevumi/pu2-2/index.html");
    CHECK(card[5] == "../site/lv/ievads-pamatjedzieni/index.html#pakalpojumi");
    CHECK(card[8] == "../site/images/shema.gif");
}

TEST_CASE("the rendered site shows the written links working and copies the image, with no finding") {
    auto site = linked_site();
    site->config.edition = Edition::public_;
    OutputFolder out("site");
    Diagnostics diags;
    SiteRenderer().render(site->context(), out, diags);
    CHECK(diags.error_count() == 0);
    REQUIRE(out.find("images/shema.gif"));
    CHECK(*out.find("images/shema.gif") == "GIF89a");
    CHECK(out.find("images/attēls.gif"));  // a file named with Latvian letters, which the address percent-encodes
    const std::string* term = out.find("lv/jedzieni/pakalpojums/index.html");
    const std::string* chapter = out.find("lv/ievads-pamatjedzieni/index.html");
    REQUIRE(term);
    REQUIRE(chapter);
    CHECK(term->find("<a href=\"../../../lv/uzdevumi/pu2-2/index.html\">relatīvā</a>") != std::string::npos);
    CHECK(term->find("<img src=\"../../../images/shema.gif\" alt=\"shēma\"") != std::string::npos);
    CHECK(term->find("<img src=\"../../../images/att%C4%93ls.gif\" alt=\"Latviski\"") != std::string::npos);
    CHECK(chapter->find("<a href=\"../../lv/uzdevumi/pu2-1/index.html\">saknes</a>") != std::string::npos);
    CHECK(chapter->find("<img src=\"../../images/shema.gif\" alt=\"shēma\"") != std::string::npos);
}

TEST_CASE("a card writes the links to the site beside it") {
    auto site = linked_site();
    HandLinks links(site->corpus, site->config.moved);
    RenderContext ctx = site->context();
    ctx.hand_links = &links;
    std::string html = CardLinks(ctx).md(definition(site->corpus));
    CHECK(html.find("<a href=\"../site/lv/uzdevumi/pu2-2/index.html\">relatīvā</a>") != std::string::npos);
    CHECK(html.find("<img src=\"../site/images/shema.gif\" alt=\"shēma\"") != std::string::npos);
}

TEST_CASE("a CMS fragment keeps written links at their live places and the image beside it") {
    auto site = linked_site();
    HandLinks hand(site->corpus, site->config.moved);
    RenderContext ctx = site->context();
    ctx.hand_links = &hand;
    LiveLinks live(site->corpus);
    FragmentContext fctx{ctx, nullptr, live};
    Fragment f = render_fragment(fctx, live_pages(site->corpus, site->index).front());
    std::string live_anchor = "<a href=\"https://www.varam.gov.lv/lv/ievads-pamatjedzieni#pakalpojumi\">";
    CHECK(f.html.find(live_anchor + "enkurs</a>") != std::string::npos);
    CHECK(f.html.find(live_anchor + "tiešsaiste</a>") != std::string::npos);
    CHECK(f.html.find("<a href=\"https://likumi.lv/x\">cita</a>") != std::string::npos);
    // The task pages are this site's only (no live page lists tasks here): the link is text.
    CHECK(f.html.find(">saknes<") == std::string::npos);
    CHECK(f.html.find("saknes") != std::string::npos);
    CHECK(f.html.find("<img src=\"shema.gif\" alt=\"shēma\">") != std::string::npos);
    CHECK(f.images == std::vector<std::string>{"shema.gif", "attēls.gif"});
    CHECK(f.html.find("<img src=\"attēls.gif\" alt=\"Latviski\">") != std::string::npos);
}

TEST_CASE("a printed sheet that shows a picture lets it load the site's images, and no other sheet does") {
    auto site = linked_site();
    Theme theme;
    REQUIRE(theme.load(site->config.root, "default", card_templates(), site->diags));
    HandLinks links(site->corpus, site->config.moved);
    RenderContext ctx = site->context();
    ctx.hand_links = &links;
    CardDocuments documents(ctx, theme, "body{}");
    std::string with = documents.conditions_file();  // the condition's description shows the picture
    std::string without = documents.roles_file();
    CHECK(with.find("<img src=\"../site/images/shema.gif\"") != std::string::npos);
    CHECK(with.find("default-src 'none'; img-src 'self'; style-src") != std::string::npos);
    CHECK(with.find(".cards img { max-width: 100%; height: auto; }") != std::string::npos);
    CHECK(without.find(".cards img") == std::string::npos);
    CHECK(without.find("img-src") == std::string::npos);
}
