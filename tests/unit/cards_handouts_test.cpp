// The P4.4 and P4.6 handouts: a sheet per condition and per capability or resource,
// the tasks computed from the cards, gaps marked, live links from the configuration.
#include <doctest/doctest.h>


#include "cards_test_site.h"
#include "render/cards/cards_renderer.h"
#include "render/cards/task_needs.h"
#include "render/common/live_urls.h"

using namespace pvpp;
using test::check_anchors;
using test::count;

namespace {

bool has(const std::string& hay, const std::string& needle) { return hay.find(needle) != std::string::npos; }

std::string render_file(const test::Site& site, const std::string& name) {
    Theme theme;
    Diagnostics diags;
    REQUIRE(theme.load(site.config.root, "default", card_templates(), diags));
    RenderContext ctx = site.context();
    for (auto& f : card_files(ctx, theme, "")) {
        if (f.path == name) { return f.bytes; }
    }
    FAIL("no file " << name);
    return "";
}

// The part of a file from the element with that id to the next sheet.
std::string sheet(const std::string& html, const std::string& id) {
    auto from = html.find("id=\"" + id + "\"");
    REQUIRE(from != std::string::npos);
    return html.substr(from, html.find("<section class=\"sheet", from) - from);
}

}  // namespace

TEST_CASE("the conditions handout has the wheel, the groups and a sheet per condition") {
    auto site = test::cards_site();
    REQUIRE(site->diags.error_count() == 0);
    std::string html = render_file(*site, "nosacijumi.html");
    CHECK(has(html, "<p class=\"level-heading\">3. nodaļa. Nosacījumi</p>"));
    CHECK(has(html, "Apmācību materiāls: P4.4 apmācīt komandas par nosacījumiem"));
    CHECK(has(html, "<svg xmlns=\"http://www.w3.org/2000/svg\" id=\"condition-wheel\""));
    CHECK(has(html, "href=\"../site/lv/nosacijumi/n4/index.html\""));  // the wheel links the site from cards/
    CHECK(count(html, "<section class=\"sheet\" id=\"n4-1\">") == 1);
    std::string n41 = sheet(html, "n4-1");
    // Named in section 5 of the PU2-10 card: computed, with how many cards have that section.
    CHECK(has(n41, "<a href=\"PU2-10.html\">PU2-10</a></span> Starpiestāžu sadarbības koordinēšana"));
    CHECK(has(n41, "5. sadaļas, kas aprakstīta 1 no 3 kartītēm"));
    CHECK(has(n41, "<p class=\"gap\">Nosacījums vēl nav aprakstīts.</p>"));
    CHECK(has(n41, "https://piemers.lv/lv/3-nodala-nosacijumi#n4-1-sadarbspeja-sadarbiba"));
    check_anchors(html);
}

TEST_CASE("the capabilities handout has a sheet per capability and resource with items, catalogue and tasks") {
    auto site = test::cards_site();
    std::string html = render_file(*site, "spejas-un-resursi.html");
    for (const char* id : {"s2-kultura", "s4-kompetences", "r2-digitalas-tehnologijas"}) {
        CHECK_MESSAGE(has(html, "<section class=\"sheet\" id=\"" + std::string(id) + "\">"), id);
    }
    CHECK_FALSE(has(html, "<section class=\"sheet\" id=\"s2-4-saimnieka-attieksme\">"));  // an item, not a sheet
    std::string s2 = sheet(html, "s2-kultura");
    CHECK(has(s2, "<h3 id=\"s2-4-saimnieka-attieksme\"><span class=\"code\">S2-4</span> Saimnieka attieksme</h3>"));
    CHECK(has(s2, "<p>Rūpējas par resursiem.</p>"));
    CHECK(has(s2, "<p class=\"gap\">Spēja vēl nav aprakstīta.</p>"));
    CHECK(has(s2, "Neviena uzdevuma kartīte šo spēju vēl nenosauc."));
    CHECK(has(s2, "https://piemers.lv/lv/s2-kultura"));
    std::string s4 = sheet(html, "s4-kompetences");
    CHECK(has(s4, "ITIL kompetences"));      // the whole catalogue belongs to S4
    CHECK(has(s4, "Projektu vadība"));
    CHECK(has(s4, "PU2-10</a></span> Starpiestāžu sadarbības koordinēšana <small>(6. sadaļā nosauktas kompetences)"));
    std::string r2 = sheet(html, "r2-digitalas-tehnologijas");
    CHECK(has(r2, "secināts, avotos nav norādīts"));
    CHECK(has(r2, "Resurss vēl nav aprakstīts."));
    CHECK(has(r2, "Digitālo tehnoloģiju katalogs vēl nav aprakstīts."));
    CHECK(has(r2, "Vieta tiešsaistes vietnē nav zināma."));  // no slug and no chapter page shows capabilities
    check_anchors(html);
}

TEST_CASE("tasks that need a capability come from its card part and from codes in the texts") {
    MemoryFileSystem files;
    files.add("content/capabilities.toml", "[[capability]]\ncode = \"S2\"\nname = \"Kultūra\"\n"
                                           "[[capability]]\ncode = \"S2-4\"\nname = \"Saimnieka attieksme\"\n"
                                           "[[resource]]\ncode = \"R1\"\nname = \"Informācija\"\ncard_part = \"information\"\n");
    files.add("content/tasks/PU1-1.toml", "code = \"PU1-1\"\nname = \"A\"\n");
    files.add("content/tasks/PU2-1.toml", "code = \"PU2-1\"\nname = \"B\"\n");
    files.add("content/cards/PU2-1.toml", "task = \"PU2-1\"\n[result]\nresult = \"Ievēro S2-4.\"\n"
                                          "[resources]\ninformation = \"Reģistri\"\n"
                                          "[scope]\nstatus = \"nav aprakstīts\"\n[duties]\nstatus = \"nav aprakstīts\"\n"
                                          "[related]\nstatus = \"nav aprakstīts\"\n[conditions]\nstatus = \"nav aprakstīts\"\n"
                                          "[capabilities]\nstatus = \"nav aprakstīts\"\n[guidance]\nstatus = \"nav aprakstīts\"\n");
    auto site = test::load_site(files);
    REQUIRE(site->diags.error_count() == 0);
    RenderContext ctx = site->context();
    auto s2 = tasks_needing(ctx, *site->index.find<Capability>(EntityKind::capability, "S2"));
    REQUIRE(s2.size() == 1);
    CHECK(s2[0].task->code == "PU2-1");
    CHECK(s2[0].why == "minēts S2-4");
    auto r1 = tasks_needing(ctx, *site->index.find<Capability>(EntityKind::capability, "R1"));
    REQUIRE(r1.size() == 1);
    CHECK(r1[0].why == "7. sadaļā aprakstīta informācija");
    CHECK(cards_with_section(ctx, 6) == 1);
    CHECK(cards_with_section(ctx, 4) == 0);
}

TEST_CASE("live URLs join the configured base, the live slug and the live anchor") {
    SiteConfig site;
    site.base_url = "https://www.varam.gov.lv/";
    CHECK(live_url(site, "s2-kultura") == "https://www.varam.gov.lv/lv/s2-kultura");
    CHECK(live_url(site, "3-nodala", "n1-1-x") == "https://www.varam.gov.lv/lv/3-nodala#n1-1-x");
}
