// The CMS fragments: plain Markdown, links made absolute to the live site (or text
// where only this site has the page), what is left out, and the renderer's files.
#include <doctest/doctest.h>

#include <cstdlib>
#include <filesystem>
#include <fstream>

#include "render/common/markdown_html.h"
#include "render/common/term_linker.h"
#include "render/publish/fragment.h"
#include "render/publish/live_links.h"
#include "render/publish/plain_markdown.h"
#include "render/publish/publish_renderer.h"
#include "render/publish/svg_to_png.h"
#include "scratch.h"
#include "test_site.h"

using namespace pvpp;
namespace fs = std::filesystem;

namespace {

const char* k_site =
    "base_url = \"https://live.example/\"\nsource = \"000\"\n"
    "[[page]]\nid = \"ievads\"\nslug = \"ievads\"\ntitle = \"Ievads\"\nshows = \"terms\"\n"
    "[[page]]\nid = \"uzdevumi\"\nslug = \"uzdevumi\"\ntitle = \"Uzdevumi\"\nshows = \"tasks\"\n"
    "[[page]]\nid = \"spejas\"\nslug = \"spejas-un-resursi\"\ntitle = \"Spējas\"\nshows = \"capabilities\"\n"
    "[[page]]\nid = \"plans\"\nslug = \"plans\"\ntitle = \"Plāns\"\nshows = \"plan\"\n"
    "[[page]]\nid = \"sakums\"\nslug = \"sakums\"\ntitle = \"Sākums\"\nshows = \"index\"\n";

const char* k_capabilities =
    "source = \"003 §4.3.4.1\"\n[[capability]]\ncode = \"S2\"\nname = \"Kultūra\"\nslug = \"s2-kultura\"\ndescription = \"Par S2-4.\"\n"
    "[[capability]]\ncode = \"S2-4\"\nname = \"Saimnieka attieksme\"\n"
    "[[capability]]\ncode = \"S5\"\nname = \"Vadlīnijas\"\n"
    "fields.code = { status = \"inferred\", how = \"no uzskaitījuma secības\" }\n";

std::unique_ptr<test::Site> small_site(const std::string& site_toml = k_site) {
    MemoryFileSystem files;
    files.add("data/site.toml", site_toml);
    files.add("content/terms.toml", "source = \"000\"\n[[term]]\nid = \"pakalpojums\"\nname = \"Pakalpojums\"\n"
                                    "forms = [\"pakalpojums\", \"pakalpojuma\"]\ndefinition = \"Darbība.\"\n");
    files.add("content/tasks/PU2-1.toml", "source = \"004\"\ncode = \"PU2-1\"\nname = \"Plānošana\"\npractice = \"Portfolio\"\n");
    files.add("content/capabilities.toml", k_capabilities);
    files.add("data/workplan.toml", "source = \"003\"\n[[line]]\ncode = \"RV1\"\nname = \"Komandas\"\n"
                                    "[[measure]]\ncode = \"P1.1\"\nname = \"apmācīt\"\n");
    files.add("content/pages/nodala.md", "+++\nsource = \"003\"\ntitle = \"1. Nodaļa\"\nslug = \"nodala-1\"\nchapter = \"1\"\nlive = true\n"
                                         "+++\n## Daļa\n\nPU2-1 un P1.1 ir pakalpojuma daļa.\n");
    files.add("content/pages/cita.md", "+++\nsource = \"003\"\ntitle = \"2. Tikai šeit\"\nslug = \"nodala-2\"\nchapter = \"2\"\n+++\nTeksts.\n");
    files.add("content/pages/materiali.md", "+++\nsource = \"000\"\ntitle = \"Materiāli\"\nslug = \"materiali\"\n+++\nTeksts.\n");
    auto site = test::load_site(files);
    REQUIRE(site->diags.error_count() == 0);
    return site;
}

std::string plain(const std::string& markdown) {
    CmarkDocument doc = linked_markdown(markdown, [](const std::string&, bool) { return std::vector<LinkSpan>{}; });
    return plain_markdown_html(doc.get());
}

const Fragment& fragment(const std::vector<Fragment>& all, const std::string& slug) {
    for (const auto& f : all) {
        if (f.slug == slug) { return f; }
    }
    FAIL("no fragment " << slug);
    return all.front();
}

}  // namespace

TEST_CASE("Markdown becomes the plain tags a CMS editor keeps") {
    CHECK(plain("# A\n\n## B\n\n### C\n\n##### D\n") == "<h2>A</h2>\n<h2>B</h2>\n<h3>C</h3>\n<h4>D</h4>\n");
    CHECK(plain("Pirmā\\\notrā *x* **y** ~~z~~ `k`\n") == "<p>Pirmā</p>\n<p>otrā <em>x</em> <strong>y</strong> z k</p>\n");
    CHECK(plain("- a\n- b\n\n1. c\n") == "<ul>\n<li>a</li>\n<li>b</li>\n</ul>\n<ol>\n<li>c</li>\n</ol>\n");
    CHECK(plain("    kods <b>\n    otrā\n") == "<p>kods &lt;b&gt;</p>\n<p>otrā</p>\n");
    CHECK(plain("| a | b |\n|---|:-:|\n| 1 | 2 |\n") ==
          "<table>\n<thead>\n<tr><th>a</th><th>b</th></tr>\n</thead>\n<tbody>\n<tr><td>1</td><td>2</td></tr>\n"
          "</tbody>\n</table>\n");
    CHECK(plain("[ārējā](https://likumi.lv/x) [relatīvā](../x/) ![Attēls](../a.png)\n\n---\n") ==
          "<p><a href=\"https://likumi.lv/x\">ārējā</a> relatīvā Attēls</p>\n");
    // A bare file name is a picture put beside the fragment (render/common/hand_links.h makes them).
    CHECK(plain("![Attēls](a.png)\n") == "<p><img src=\"a.png\" alt=\"Attēls\"></p>\n");
    CHECK(plain("Teksts[^b] un[^a].\n\n[^a]: Pirmā.\n[^b]: Otrā *x*.\n") ==
          "<p>Teksts<sup>1</sup> un<sup>2</sup>.</p>\n<p><strong>Atsauces</strong></p>\n<ol>\n<li>Otrā <em>x</em>.</li>\n<li>Pirmā.</li>\n</ol>\n");
}

TEST_CASE("links go to the live page and anchor that describe a record, or nowhere") {
    auto site = small_site();
    LiveLinks links(site->corpus);
    CHECK(links.url("uzdevumi", "a") == "https://live.example/lv/uzdevumi#a");
    CHECK(links.href({"lv/uzdevumi/pu2-1/", ""}) == "https://live.example/lv/uzdevumi#pu2-1-planosana");
    CHECK(links.href({"lv/jedzieni/pakalpojums/", ""}) == "https://live.example/lv/ievads#pakalpojums");
    CHECK(links.href({"lv/s2-kultura/", "s2-4-saimnieka-attieksme"}) ==
          "https://live.example/lv/s2-kultura#s2-4-saimnieka-attieksme");
    CHECK(links.href({"lv/spejas/s5/", ""}) == "https://live.example/lv/spejas-un-resursi#s5-vadlinijas");
    CHECK(links.href({"lv/nodala-1/", ""}) == "https://live.example/lv/nodala-1");
    // Pages only this site has: the work plan, prose pages not marked live, the matrix.
    CHECK(links.href({"lv/darba-plans/p1-1/", ""}).empty());
    CHECK(links.href({"lv/nodala-2/", ""}).empty());
    CHECK(links.href({"lv/atbildibas-matrica/", ""}).empty());
}

TEST_CASE("fragments keep the live anchors, link out absolutely and leave out what the live site lacks") {
    auto site = small_site();
    LiveLinks links(site->corpus);
    Lemmatizer lemmatizer;
    TermLinker terms(site->corpus.terms, lemmatizer);
    RenderContext ctx = site->context();
    std::vector<Fragment> all = publish_fragments({ctx, &terms, links, "png"});
    REQUIRE(all.size() == 7);  // five chapter pages, S2, the live prose page
    CHECK(all[5].slug == "s2-kultura");
    CHECK(all[6].slug == "nodala-1");

    const Fragment& tasks = fragment(all, "uzdevumi");
    // The record's heading is the place its links lead to: it does not link to itself.
    CHECK(tasks.html.find("<h3 id=\"pu2-1-planosana\">PU2-1 Plānošana</h3>\n<p>(Portfolio)</p>") != std::string::npos);
    CHECK(tasks.html.find("<p><img src=\"uzdevumu-karte.png\" alt=\"Pakalpojumu pārvaldības uzdevumu") !=
          std::string::npos);
    REQUIRE(tasks.pictures.size() == 1);
    CHECK(tasks.pictures[0].file == "uzdevumu-karte");
    CHECK(tasks.pictures[0].picture.svg.find("href=\"https://live.example/lv/uzdevumi#pu2-1-planosana\"") !=
          std::string::npos);

    const Fragment& chapter = fragment(all, "nodala-1");
    CHECK(chapter.html == "<h2>Daļa</h2>\n<p><a href=\"https://live.example/lv/uzdevumi#pu2-1-planosana\">PU2-1</a> "
                          "un P1.1 ir <a href=\"https://live.example/lv/ievads#pakalpojums\">pakalpojuma</a> daļa.</p>\n");

    const Fragment& caps = fragment(all, "spejas-un-resursi");
    CHECK(caps.html.find("<h3 id=\"s2-kultura\"><a href=\"https://live.example/lv/s2-kultura\">S2 Kultūra</a></h3>") !=
          std::string::npos);
    CHECK(caps.html.find("<h3 id=\"s5-vadlinijas\">S5 Vadlīnijas <em>(kods secināts)</em></h3>") != std::string::npos);
    CHECK(caps.inferred == 1);

    const Fragment& s2 = fragment(all, "s2-kultura");
    CHECK(s2.html == "<p>Par <a href=\"https://live.example/lv/s2-kultura#s2-4-saimnieka-attieksme\">S2-4</a>.</p>\n"
                     "<h2 id=\"s2-4-saimnieka-attieksme\">S2-4 Saimnieka attieksme</h2>\n"
                     "<p><em>Apraksts avotos nav dots.</em></p>\n");
    CHECK(s2.gaps == 1);
    CHECK(s2.title == "S2 Kultūra");
    CHECK(s2.url == "https://live.example/lv/s2-kultura");

    // Lists of pages only this site has (the work plan, the materials) are left out with their sections.
    CHECK(fragment(all, "plans").html == "<h2 id=\"nodalas\">Plāna nodaļas</h2>\n<ul>\n"
                                         "<li><a href=\"https://live.example/lv/nodala-1\">1. Nodaļa</a></li>\n</ul>\n");
    CHECK(fragment(all, "sakums").html.find("materiali") == std::string::npos);
    for (const auto& f : all) {
        CAPTURE(f.slug);
        CHECK(f.html.find("class=") == std::string::npos);
        CHECK(f.html.find("href=\"lv/") == std::string::npos);
        CHECK(f.html.find("Plašāk") == std::string::npos);
    }
}

TEST_CASE("the publish renderer writes fragments, pictures and an index; without base_url it stops") {
    auto site = small_site();
    OutputFolder out("publish");
    PublishRenderer().render(site->context(), out, site->diags);
    CHECK(site->diags.error_count() == 0);
    CHECK(out.find("lv/uzdevumi.html"));
    CHECK(out.find("lv/uzdevumu-karte.svg"));
    CHECK((out.find("lv/uzdevumu-karte.png") != nullptr) == !find_rsvg_convert().empty());
    REQUIRE(out.find("index.html"));
    std::string index = *out.find("index.html");
    CHECK(index.find("<button type=\"button\" class=\"copy\" data-source=\"uzdevumi-html\">Kopēt</button>") !=
          std::string::npos);
    CHECK(index.find("<script defer src=\"publish.js\"></script>") != std::string::npos);
    CHECK(index.find("&lt;img src=&quot;lv/uzdevumu-karte.") != std::string::npos);  // the preview's picture
    CHECK(out.find("publish.js"));
    CHECK(out.find("publish.css"));

    auto no_base = small_site(std::string(k_site).substr(std::string(k_site).find('\n') + 1));
    OutputFolder out2("publish");
    PublishRenderer().render(no_base->context(), out2, no_base->diags);
    REQUIRE(no_base->diags.error_count() == 1);
    CHECK(no_base->diags.sorted()[0].loc.file == "data/site.toml");
    CHECK(no_base->diags.sorted()[0].message.find("nav norādīts base_url") == 0);
    CHECK(out2.files_written() == 0);
}

TEST_CASE("without rsvg-convert the build says so and the fragments show SVG") {
    auto site = small_site();
    std::string path = std::getenv("PATH") ? std::getenv("PATH") : "";
    setenv("PATH", "/nonexistent-pvpp", 1);
    OutputFolder out("publish");
    PublishRenderer().render(site->context(), out, site->diags);
    setenv("PATH", path.c_str(), 1);
    CHECK(site->diags.error_count() == 0);
    REQUIRE(site->diags.warning_count() == 1);
    CHECK(site->diags.sorted()[0].message.find("rsvg-convert nav atrasts") == 0);
    CHECK(out.find("lv/uzdevumu-karte.svg"));
    CHECK_FALSE(out.find("lv/uzdevumu-karte.png"));
    REQUIRE(out.find("lv/uzdevumi.html"));
    REQUIRE(out.find("index.html"));
    CHECK(out.find("lv/uzdevumi.html")->find("<img src=\"uzdevumu-karte.svg\"") != std::string::npos);
    CHECK(out.find("index.html")->find("PNG attēli nav izveidoti") != std::string::npos);
}

TEST_CASE("a PNG is taken from the last build when its SVG did not change, drawn again when it did") {
    if (find_rsvg_convert().empty()) { return; }  // nothing is drawn without rsvg-convert
    auto site = small_site();
    fs::path previous = test::scratch_path("pvpp-publish-previous");
    fs::remove_all(previous);
    OutputFolder first("publish");
    PublishRenderer().render(site->context(), first, site->diags);
    REQUIRE(first.find("lv/uzdevumu-karte.svg"));
    fs::create_directories(previous / "publish/lv");
    std::ofstream(previous / "publish/lv/uzdevumu-karte.svg", std::ios::binary) << *first.find("lv/uzdevumu-karte.svg");
    std::ofstream(previous / "publish/lv/uzdevumu-karte.png", std::ios::binary) << "PNG of the last build";
    site->config.previous_out = previous.string();

    OutputFolder same("publish");
    PublishRenderer().render(site->context(), same, site->diags);
    REQUIRE(same.find("lv/uzdevumu-karte.png"));
    CHECK(*same.find("lv/uzdevumu-karte.png") == "PNG of the last build");

    std::ofstream(previous / "publish/lv/uzdevumu-karte.svg", std::ios::binary) << "<svg>another picture</svg>";
    OutputFolder changed("publish");
    PublishRenderer().render(site->context(), changed, site->diags);
    REQUIRE(changed.find("lv/uzdevumu-karte.png"));
    CHECK(*changed.find("lv/uzdevumu-karte.png") == *first.find("lv/uzdevumu-karte.png"));
    CHECK(site->diags.error_count() == 0);
    fs::remove_all(previous);
}
