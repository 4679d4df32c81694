// The two editions (render/common/edition.h): what the public one leaves out of cards, the
// matrix and the site, what it shows instead, and the pages it does not make.
#include <doctest/doctest.h>

#include <algorithm>

#include "cards_test_site.h"
#include "render/cards/cards_renderer.h"
#include "render/cards/task_card.h"
#include "render/common/theme.h"
#include "render/common/edition.h"
#include "render/common/urls.h"
#include "render/html/entity_pages.h"
#include "render/html/site_renderer.h"

using namespace pvpp;

namespace {

bool has(const std::string& hay, const std::string& needle) { return hay.find(needle) != std::string::npos; }

void make_public(test::Site& site) {
    site.config.edition = Edition::public_;
    site.config.moved = moved_pages(Edition::public_, site.corpus);
}

std::string handout(const test::Site& site) {
    Theme theme;
    Diagnostics diags;
    REQUIRE(theme.load(site.config.root, "default", card_templates(), diags));
    RenderContext ctx = site.context();
    for (auto& f : card_files(ctx, theme, "")) {
        if (f.path == "nosacijumi.html") { return f.bytes; }
    }
    FAIL("no nosacijumi.html");
    return "";
}

const PageView* page_at(const std::vector<PageView>& pages, const std::string& path) {
    auto it = std::find_if(pages.begin(), pages.end(), [&](const PageView& p) { return p.path == path; });
    return it == pages.end() ? nullptr : &*it;
}

std::string all_html(const PageView& page) {
    std::string html;
    for (const auto& f : page.fields) { html += f.label + " " + f.html + "\n"; }
    for (const auto& s : page.sections) { html += s.heading + " " + s.html + "\n"; }
    return html;
}

std::unique_ptr<test::Site> matrix_site() {
    MemoryFileSystem files;
    files.add("content/roles.toml", "[[role]]\nnumber = 1\nid = \"a\"\nname = \"Loma a\"\n"
                                    "[[role]]\nnumber = 2\nid = \"b\"\nname = \"Loma b\"\n");
    files.add("content/tasks/PU2-1.toml", "code = \"PU2-1\"\nname = \"Uzdevums\"\n[matrix]\n"
                                          "confidence = \"medium\"\nnote = \"kolonnas secinātas\"\na = \"A\"\nb = \"L?\"\n");
    return test::load_site(files);
}

}  // namespace

TEST_CASE("the one list holds every placeholder the renderers write, and gaps are review-only") {
    auto list = review_only_strings();
    auto listed = [&](const std::string& s) {
        return std::any_of(list.begin(), list.end(), [&](const ReviewString& r) { return r.value == s; });
    };
    for (const char* s : {review_text::k_section_gap, review_text::k_no_description, review_text::k_duties_gap,
                          review_text::k_derived, review_text::k_partial, review_text::k_ocr_legend,
                          review_text::k_forms_label, review_text::k_live_anchor_label, review_text::k_completeness}) {
        CHECK_MESSAGE(listed(s), s);
    }
    CHECK_FALSE(listed(review_text::k_watermark));
    CHECK(gap_html(Edition::public_, review_text::k_section_gap).empty());
    CHECK(gap_html(Edition::review, review_text::k_section_gap) == "<p class=\"gap\">Sadaļa vēl nav aprakstīta.</p>");
}

TEST_CASE("a public card prints its written sections and the grid of its confirmed letters, no gap") {
    auto site = test::cards_site();
    REQUIRE(site->diags.error_count() == 0);
    make_public(*site);
    RenderContext ctx = site->context();
    CardLinks links(ctx);
    TaskCardView card = task_card_view(links, *site->index.find<Task>(EntityKind::task, "PU2-10"), false);
    std::vector<int> numbers;
    for (const auto& s : card.sections) {
        numbers.push_back(s.number);
        CHECK_FALSE(has(s.html, "vēl nav aprakstīt"));
        CHECK_FALSE(has(s.html, review_text::k_derived));
    }
    // result, the grid, duties, the related task, conditions, capabilities
    CHECK(numbers == std::vector<int>{1, 2, 3, 4, 5, 6});
    TaskCardView bare = task_card_view(links, *site->index.find<Task>(EntityKind::task, "PU1-1"), false);
    REQUIRE(bare.sections.size() == 1);  // no card: the grid alone, without the stages it does not know
    CHECK(bare.sections[0].state == SectionState::derived);
    CHECK(has(bare.sections[0].html, "letter-"));
    CHECK_FALSE(has(bare.sections[0].html, "Iesaiste pakalpojumu pārvaldības posmu"));
}

TEST_CASE("a review card marks an inferred letter with '?' and says what it means") {
    MemoryFileSystem files;
    files.add("content/scales.toml", "[[scale]]\nid = \"s\"\nnumber = 1\nname = \"Mērogs\"\n");
    files.add("content/levels.toml", "[[level]]\nid = \"l\"\nnumber = 1\nname = \"Līmenis\"\n");
    files.add("content/roles.toml",
              "[[role]]\nnumber = 1\nid = \"a\"\nname = \"Loma a\"\nscales = [\"s\"]\n"
              "levels = [\"l\"]\n[[role]]\nnumber = 2\nid = \"b\"\nname = \"Loma b\"\n"
              "scales = [\"s\"]\nlevels = [\"l\"]\n");
    files.add("content/tasks/PU2-1.toml", "code = \"PU2-1\"\nname = \"Uzdevums\"\n[matrix]\na = \"A\"\nb = \"L?\"\n");
    auto site = test::load_site(files);
    REQUIRE(site->diags.error_count() == 0);
    auto scope = [&](const char* code) {
        RenderContext ctx = site->context();
        CardLinks links(ctx);
        return task_card_view(links, *site->index.find<Task>(EntityKind::task, code), false).sections.at(1).html;
    };
    site->config.edition = Edition::review;
    CHECK(has(scope("PU2-1"), "<span class=\"letter letter-L\">L</span><span class=\"inferred\""));
    CHECK(has(scope("PU2-1"), review_text::k_ocr_legend));
    CHECK_FALSE(has(scope("PU2-1"), "<span class=\"letter letter-A\">A</span><span class=\"inferred\""));
}

TEST_CASE("the public matrix leaves an inferred cell empty and says how many are being confirmed") {
    auto site = matrix_site();
    REQUIRE(site->diags.error_count() == 0);
    make_public(*site);
    const std::string html = matrix_page(site->context()).sections[0].html;
    CHECK(has(html, "<td data-role=\"b\"></td>"));
    CHECK(has(html, cells_being_confirmed(1)));
    CHECK_FALSE(has(html, "kolonnas secinātas"));
    CHECK_FALSE(has(html, "ticamība"));
    CHECK_FALSE(has(html, "OCR"));
    site->config.edition = Edition::review;
    const std::string review = matrix_page(site->context()).sections[0].html;
    CHECK(has(review, "kolonnas secinātas"));
    CHECK_FALSE(has(review, cells_being_confirmed(1)));
}

TEST_CASE("the public edition links only what it shows: no backlink from an inferred cell, no inferred related task") {
    MemoryFileSystem files;
    files.add("content/roles.toml",
              "[[role]]\nnumber = 1\nid = \"a\"\nname = \"Loma a\"\n"
              "[[role]]\nnumber = 2\nid = \"b\"\nname = \"Loma b\"\n");
    files.add("content/tasks/PU2-1.toml", "code = \"PU2-1\"\nname = \"Uzdevums\"\n[matrix]\na = \"A\"\nb = \"L?\"\n");
    files.add("content/tasks/PU2-2.toml",
              "code = \"PU2-2\"\nname = \"Otrs\"\nrelated = [\"PU2-1\"]\n"
              "fields.related = { status = \"inferred\", how = \"no lasāmvielas\" }\n"
              "[matrix]\na = \"A\"\n");
    auto site = test::load_site(files);
    REQUIRE(site->diags.error_count() == 0);
    const EntityKey role_b{EntityKind::role, "b"}, pu21{EntityKind::task, "PU2-1"}, pu22{EntityKind::task, "PU2-2"};
    auto lists = [](const std::vector<EntityKey>& keys, const EntityKey& k) {
        return std::find(keys.begin(), keys.end(), k) != keys.end();
    };
    CorpusIndex review = index_for(Edition::review, site->corpus, site->index);
    CHECK(lists(review.referrers_of(role_b), pu21));
    CHECK(lists(review.referrers_of(pu21), pu22));
    make_public(*site);
    CorpusIndex shown = index_for(Edition::public_, site->corpus, site->index);
    CHECK_FALSE(lists(shown.referrers_of(role_b), pu21));
    CHECK_FALSE(lists(shown.referrers_of(pu21), pu22));
    CHECK(lists(shown.referrers_of({EntityKind::role, "a"}), pu21));
    RenderContext ctx{site->corpus, shown, site->config};
    auto pages = task_pages(ctx);
    const PageView* task = page_at(pages, "lv/uzdevumi/pu2-2/");
    REQUIRE(task);
    CHECK_FALSE(has(all_html(*task), "Tieši saistītie uzdevumi"));
    site->config.edition = Edition::review;
    RenderContext review_ctx{site->corpus, review, site->config};
    auto review_pages = task_pages(review_ctx);
    const std::string review_task = all_html(*page_at(review_pages, "lv/uzdevumi/pu2-2/"));
    CHECK(has(review_task, "Tieši saistītie uzdevumi"));
    CHECK(has(review_task, "secināts"));
}

TEST_CASE("a condition with nothing to say has no public page; its mentions link to its chapter place") {
    auto site = test::cards_site();
    REQUIRE(site->diags.error_count() == 0);
    CHECK(moved_pages(Edition::review, site->corpus).empty());
    make_public(*site);
    REQUIRE(site->config.moved.count(url::of(EntityKind::condition, "N4-1")));
    CHECK(site->config.moved.at(url::of(EntityKind::condition, "N4-1")).folder == url::page("3-nodala-nosacijumi"));
    auto pages = site_pages(site->context());
    CHECK(page_at(pages, url::of(EntityKind::condition, "N4-1")) == nullptr);
    const PageView* task = page_at(pages, url::of(EntityKind::task, "PU2-10"));
    REQUIRE(task != nullptr);
    CHECK(has(all_html(*task), "3-nodala-nosacijumi/index.html#"));
    CHECK_FALSE(has(all_html(*task), "nosacijumi/n4-1/"));
}

TEST_CASE("a condition that gains a description gets its public page") {
    auto site = test::cards_site();
    for (auto& c : site->corpus.conditions) {
        if (c.code == "N4-1") { c.description.markdown = "Iestādes sistēmas spēj sadarboties."; }
    }
    make_public(*site);
    CHECK(site->config.moved.empty());
    auto pages = site_pages(site->context());
    const PageView* page = page_at(pages, url::of(EntityKind::condition, "N4-1"));
    REQUIRE(page != nullptr);
    CHECK(has(all_html(*page), "Iestādes sistēmas spēj sadarboties."));
}

TEST_CASE("the public conditions handout prints no sheet for a condition with nothing to say") {
    auto site = test::cards_site();
    REQUIRE(site->diags.error_count() == 0);
    CHECK(has(handout(*site), "<section class=\"sheet\" id=\"n4-1\">"));  // review: every condition
    make_public(*site);
    std::string named = handout(*site);
    CHECK(has(named, "<section class=\"sheet\" id=\"n4-1\">"));  // PU2-10's card names it
    CHECK_FALSE(has(named, "Aprēķināts no uzdevumu kartīšu"));
    for (auto& card : site->corpus.cards) { card.conditions.conditions.clear(); }
    std::string unnamed = handout(*site);
    CHECK_FALSE(has(unnamed, "<section class=\"sheet\" id=\"n4-1\">"));
    CHECK(has(unnamed, "<li><span class=\"code\">N4-1</span> Sadarbspēja</li>"));  // the cover still names it
}

TEST_CASE("the review edition names a field by its label and the key editors write, not by the key alone") {
    CHECK(field_title(EntityKind::institution_group, "work_plan") == "Attiecas darba plāns (work_plan)");
    CHECK(field_title(EntityKind::measure, "period") == "Plānotais periods (period)");
    CHECK(field_title(EntityKind::task, "matrix") == "Atbildības matrica (matrix)");
    CHECK(field_title(EntityKind::task, "nav_tāda") == "nav_tāda");
    RecordProvenance p;
    p.record.status = Status::confirmed;
    p.fields.push_back({"responsible", {Status::inferred, "", "no slaida", "low"}});
    std::string summary = provenance_summary(p, EntityKind::measure);
    CHECK(summary.find("; Atbildīgie (responsible) — secināts") != std::string::npos);
}

TEST_CASE("a capability with nothing to say has no public page; its place on the chapter page stands for it") {
    MemoryFileSystem files;
    files.add("data/site.toml",
              "title = \"Vide\"\nbase_url = \"https://piemers.lv\"\n"
              "[[page]]\nid = \"spejas\"\nslug = \"4-nodala-spejas\"\ntitle = \"4. nodaļa\"\n"
              "shows = \"capabilities\"\n");
    files.add("content/capabilities.toml",
              "[[capability]]\ncode = \"S1\"\nname = \"Struktūra\"\ndescription = \"Iestādes struktūra.\"\n"
              "[[capability]]\ncode = \"S2\"\nname = \"Kultūra\"\n"
              "[[capability]]\ncode = \"S2-1\"\nname = \"Vērtības\"\ndescription = \"Vērtības.\"\n"
              "[[capability]]\ncode = \"S5\"\nname = \"Vadlīnijas\"\n"
              "[[capability]]\ncode = \"S6\"\nname = \"Procesi\"\ndescription = \"Secināts.\"\n"
              "fields.description = { status = \"inferred\", how = \"no slaida\" }\n");
    auto site = test::load_site(files);
    REQUIRE(site->diags.error_count() == 0);
    CHECK(moved_pages(Edition::review, site->corpus).empty());
    make_public(*site);
    const MovedPages& moved = site->config.moved;
    CHECK(moved.count("lv/spejas/s5/") == 1);
    CHECK(moved.count("lv/spejas/s6/") == 1);  // its only text is inferred
    CHECK(moved.count("lv/spejas/s1/") == 0);
    CHECK(moved.count("lv/spejas/s2/") == 0);  // its item S2-1 is a section of its page
    REQUIRE(moved.count("lv/spejas/s5/"));
    CHECK(moved.at("lv/spejas/s5/").folder == url::page("4-nodala-spejas"));
    auto pages = site_pages(site->context());
    CHECK(page_at(pages, "lv/spejas/s5/") == nullptr);
    CHECK(page_at(pages, "lv/spejas/s1/") != nullptr);
}

TEST_CASE("a live address made from an inferred slug is marked in review and left off the public handout") {
    MemoryFileSystem files;
    files.add("data/site.toml",
              "title = \"Vide\"\nbase_url = \"https://piemers.lv\"\n"
              "[[page]]\nid = \"spejas\"\nslug = \"4-nodala-spejas\"\ntitle = \"4. nodaļa\"\n"
              "shows = \"capabilities\"\n");
    files.add(
        "content/capabilities.toml",
        "[[capability]]\ncode = \"S1\"\nname = \"Struktūra\"\nslug = \"s1-struktura\"\ndescription = \"Teksts.\"\n"
        "[[capability]]\ncode = \"S8\"\nname = \"Partneri\"\nslug = \"s8-partneri\"\ndescription = \"Teksts.\"\n"
        "fields.slug = { status = \"inferred\", how = \"pēc S1–S4 lapu parauga\" }\n");
    auto site = test::load_site(files);
    REQUIRE(site->diags.error_count() == 0);
    auto capabilities = [&] {
        Theme theme;
        Diagnostics diags;
        REQUIRE(theme.load(site->config.root, "default", card_templates(), diags));
        RenderContext ctx = site->context();
        for (auto& f : card_files(ctx, theme, "")) {
            if (f.path == "spejas-un-resursi.html") { return f.bytes; }
        }
        FAIL("no spejas-un-resursi.html");
        return std::string();
    };
    site->config.edition = Edition::review;
    std::string review = capabilities();
    CHECK(has(review, "https://piemers.lv/lv/s8-partneri"));
    CHECK(has(review, "prov-inferred"));
    make_public(*site);
    std::string shown = capabilities();
    CHECK(has(shown, "https://piemers.lv/lv/s1-struktura"));
    CHECK_FALSE(has(shown, "piemers.lv/lv/s8-partneri"));
    CHECK_FALSE(has(shown, "<dd></dd>"));
}

TEST_CASE("the completeness page says what its sources table counts there, and names fields by label and key") {
    MemoryFileSystem files;
    files.add("content/roles.toml", "[[role]]\nnumber = 1\nid = \"a\"\nname = \"Loma a\"\n");
    files.add("content/tasks/PU2-1.toml",
              "code = \"PU2-1\"\nname = \"Uzdevums\"\nsource = \"004\"\n[matrix]\na = \"A\"\n");
    files.add("content/tasks/PU2-2.toml",
              "code = \"PU2-2\"\nname = \"Otrs\"\nsource = \"004\"\nrelated = [\"PU2-1\"]\n"
              "fields.related = { status = \"inferred\", how = \"no lasāmvielas\" }\n"
              "[matrix]\na = \"A\"\n");
    auto site = test::load_site(files);
    REQUIRE(site->diags.error_count() == 0);
    site->config.edition = Edition::review;
    PageView page = completeness_page(site->context());
    auto section = [&](const std::string& id) {
        auto s = std::find_if(page.sections.begin(), page.sections.end(), [&](const auto& x) { return x.id == id; });
        REQUIRE(s != page.sections.end());
        return s->html;
    };
    CHECK(has(section("avoti"), "Skaitīti avota apgalvojumi"));
    CHECK_FALSE(has(section("kopsavilkums"), "Skaitīti avota apgalvojumi"));
    CHECK(has(section("jaapstiprina"), "Saistītie uzdevumi (related)"));
}
