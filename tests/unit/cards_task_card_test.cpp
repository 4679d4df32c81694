// The task card view: cover values, section states and section bodies, from a
// PU2-10-like card and from a task that has no card yet.
#include <doctest/doctest.h>

#include <sstream>

#include "cards_test_site.h"
#include "render/cards/card_guidance.h"
#include "render/cards/task_card.h"

using namespace pvpp;

namespace {

bool has(const std::string& hay, const std::string& needle) { return hay.find(needle) != std::string::npos; }

const Task& task_of(const test::Site& site, const std::string& code) {
    return *site.index.find<Task>(EntityKind::task, code);
}

}  // namespace

TEST_CASE("a written card has its cover, eight titled sections and linked codes") {
    auto site = test::cards_site();
    std::ostringstream printed;
    print_diagnostics(printed, site->diags, "");
    INFO(printed.str());
    REQUIRE(site->diags.error_count() == 0);
    RenderContext ctx = site->context();
    CardLinks links(ctx);
    TaskCardView v = task_card_view(links, task_of(*site, "PU2-10"), false);
    CHECK(v.level_heading == "Pamatdarbības un nodrošinājuma līmenī veicamie pakalpojumu pārvaldības uzdevumi");
    CHECK(v.practice == "Partneru pārvaldība");
    REQUIRE(v.sections.size() == 8);
    CHECK(v.sections[2].title == "3. Uzdevuma veikšanā iesaistīto lomu pienākumi un mijiedarbība");
    CHECK(v.sections[2].id == "PU2-10-sadala-3");
    CHECK(v.sections[0].state == SectionState::written);
    CHECK(has(v.sections[0].html, "tiek veidota sadarbība"));
    // Section 3: the duties, the A/L letter, the carriers, and a code in the text linked to the site.
    CHECK(has(v.sections[2].html, "letter-A"));
    CHECK(has(v.sections[2].html, "Pakalpojuma vadītājs:</strong> iestādē ir konkrēts cilvēks"));
    CHECK(has(v.sections[2].html, "href=\"../site/lv/uzdevumi/pu3-2/index.html\""));
    // Section 5: the condition's code links and its name follows.
    CHECK(has(v.sections[4].html, "href=\"../site/lv/nosacijumi/n4-1/index.html\">N4-1</a></span> Sadarbspēja"));
    // Section 8 is marked unwritten in the file.
    CHECK(v.sections[7].state == SectionState::missing);
    CHECK(has(v.sections[7].html, "Sadaļa vēl nav aprakstīta"));
}

TEST_CASE("section 2 places the task's roles in the levels x scales grid with their letters") {
    auto site = test::cards_site();
    RenderContext ctx = site->context();
    CardLinks links(ctx);
    std::string html = task_card_view(links, task_of(*site, "PU2-10"), false).sections[1].html;
    // Row 1 (Politikas līmenis): the leading role, L, in the first column only.
    auto row1 = html.substr(html.find("Politikas līmenis</th>"), html.find("Pamatdarbības līmenis</th>") -
                                                                    html.find("Politikas līmenis</th>"));
    CHECK(has(row1, "<td><div class=\"role role-on\"><span class=\"letter letter-L\">L</span>"));
    CHECK_FALSE(has(row1, "Pakalpojuma saimnieks"));
    auto row2 = html.substr(html.find("Pamatdarbības līmenis</th>"));
    CHECK(has(row2, "<td></td><td><div class=\"role role-on\"><span class=\"letter letter-A\">A</span>"));
    CHECK(has(html, "Kuros posmos uzdevums iesaistīts, avotos nav norādīts."));
}

TEST_CASE("competence flags print as symbols; an unknown flag says so") {
    auto site = test::cards_site();
    RenderContext ctx = site->context();
    CardLinks links(ctx);
    std::string html = task_card_view(links, task_of(*site, "PU2-10"), false).sections[5].html;
    CHECK(has(html, "title=\"deleģējama\">◐</span>"));
    CHECK(has(html, "title=\"pazīme nav zināma\">?</span>"));
    CHECK(has(html, "◐</span> deleģējama"));  // the legend
    CHECK(has(html, "●</span> obligāti iegūstama"));  // the review edition's: every mark of the seed's legend
    site->config.edition = Edition::public_;
    RenderContext shown = site->context();
    CardLinks public_links(shown);
    std::string public_html;
    for (const auto& section : task_card_view(public_links, task_of(*site, "PU2-10"), false).sections) {
        if (section.number == 6) { public_html = section.html; }
    }
    CHECK(has(public_html, "◐</span> deleģējama"));
    CHECK_FALSE(has(public_html, "obligāti iegūstama"));  // no competence listed has it
    CHECK_FALSE(has(public_html, "pazīme nav zināma"));
    CHECK(flag_symbol("valstī obligāti centralizēti nodrošināma") == "■");
    CHECK(flag_symbol("") == "?");
}

TEST_CASE("a task without a card prints marked empty sections, or leaves them out") {
    auto site = test::cards_site();
    RenderContext ctx = site->context();
    CardLinks links(ctx);
    const Task& t = task_of(*site, "PU1-1");
    TaskCardView all = task_card_view(links, t, false);
    CHECK(all.level_heading == "Politikas līmenī veicamie pakalpojumu pārvaldības uzdevumi");
    REQUIRE(all.sections.size() == 8);
    int gaps = 0;
    for (const auto& s : all.sections) { gaps += has(s.html, "Sadaļa vēl nav aprakstīta") ? 1 : 0; }
    CHECK(gaps == 7);  // section 2 is derived from the matrix
    CHECK(all.sections[1].state == SectionState::derived);
    CHECK(has(all.sections[1].html, "Atvasināts no datiem"));
    TaskCardView written = task_card_view(links, t, true);
    REQUIRE(written.sections.size() == 1);
    CHECK(written.sections[0].number == 2);
}
