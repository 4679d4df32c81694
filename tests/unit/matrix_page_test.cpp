// The responsibility matrix page and the role pages' "Ko šai lomai jādara" view,
// rendered from a small in-memory corpus.
#include <doctest/doctest.h>

#include "test_site.h"

#include <algorithm>
#include <memory>
#include <sstream>

#include "load/corpus_loader.h"
#include "render/common/urls.h"
#include "render/html/entity_pages.h"
#include "render/html/site_renderer.h"
#include "util/file_system.h"
#include "validate/validate.h"

using namespace pvpp;

namespace {

using test::Site;

std::string role(int number, const std::string& id) {
    return "[[role]]\nnumber = " + std::to_string(number) + "\nid = \"" + id + "\"\nname = \"Loma " + id + "\"\n";
}

std::string task(const std::string& code, const std::string& matrix) {
    return "code = \"" + code + "\"\nname = \"Uzdevums " + code + "\"\n[matrix]\n" + matrix;
}

// A card with every section unwritten except the duties of role "b".
std::string card_with_duties() {
    std::string out = "task = \"PU2-1\"\n";
    for (const char* s : {"result", "scope", "related", "conditions", "capabilities", "resources", "guidance"}) {
        out += std::string("[") + s + "]\nstatus = \"nav aprakstīts\"\n";
    }
    return out + "[duties]\n[[duties.role]]\nrole = \"b\"\ntext = \"\"\"\n- Saskaņo darbības ar PU1-1\n\"\"\"\n";
}

// Roles listed out of number order, so the page has to sort its columns.
std::unique_ptr<Site> matrix_site() {
    MemoryFileSystem files;
    files.add("content/roles.toml", role(3, "c") + role(1, "a") + role(2, "b"));
    files.add("content/tasks/PU1-1.toml", task("PU1-1", "a = \"A\"\n"));
    files.add("content/tasks/PU2-1.toml",
              task("PU2-1", "confidence = \"medium\"\nnote = \"kolonnas secinātas\"\nb = \"A\"\nc = \"L?\"\n"));
    files.add("content/tasks/PU2-2.toml", task("PU2-2", "confidence = \"high\"\na = \"A\"\nb = \"L\"\n"));
    files.add("content/tasks/PU3-1.toml", task("PU3-1", "a = \"L\"\nb = \"L\"\nc = \"A\"\n"));
    files.add("content/cards/PU2-1.toml", card_with_duties());
    return test::load_site(files);
}

std::size_t count(const std::string& hay, const std::string& needle) {
    std::size_t n = 0;
    for (auto at = hay.find(needle); at != std::string::npos; at = hay.find(needle, at + 1)) { ++n; }
    return n;
}

// The text from the row of `code` to the end of that row.
std::string row_of(const std::string& html, const std::string& code) {
    auto start = html.find("<tr data-task=\"" + code + "\"");
    REQUIRE(start != std::string::npos);
    return html.substr(start, html.find("</tr>", start) - start);
}

std::string section_html(const PageView& page, const std::string& heading) {
    for (const auto& s : page.sections) {
        if (s.heading == heading) { return s.html; }
    }
    FAIL("no section " << heading);
    return "";
}

}  // namespace

TEST_CASE("the matrix has a column per role in number order and a row per task") {
    auto site = matrix_site();
    REQUIRE(site->diags.error_count() == 0);
    RenderContext ctx{site->corpus, site->index, site->config};
    PageView page = matrix_page(ctx);
    CHECK(page.path == url::matrix());
    CHECK(page.path == "lv/atbildibas-matrica/");
    CHECK(page.kind == "Atbildības matrica");
    REQUIRE(page.sections.size() == 1);
    const std::string& html = page.sections[0].html;
    CHECK(count(html, "<table id=\"matrix\">") == 1);
    // Each role's header carries the anchor role pages link to.
    CHECK(count(html, "<th scope=\"col\" id=\"loma-") == 3);
    auto a = html.find("<th scope=\"col\" id=\"loma-a\" data-role=\"a\"");
    auto b = html.find("<th scope=\"col\" id=\"loma-b\" data-role=\"b\"");
    auto c = html.find("<th scope=\"col\" id=\"loma-c\" data-role=\"c\"");
    CHECK(a != std::string::npos);
    CHECK(a < b);
    CHECK(b < c);
    CHECK(count(html, "<tr data-task=") == 4);
    CHECK(html.find("<tr data-task=\"PU1-1\" data-level=\"1\">") != std::string::npos);
    CHECK(html.find("<tr data-task=\"PU2-2\" data-level=\"2\">") != std::string::npos);
    CHECK(html.find("<tr data-task=\"PU3-1\" data-level=\"3\">") != std::string::npos);
    CHECK(html.find("<th scope=\"row\"><a href=\"../../lv/uzdevumi/pu2-2/index.html\">PU2-2</a>") !=
          std::string::npos);
}

TEST_CASE("matrix cells hold A or L in the role's column and mark inferred ones") {
    auto site = matrix_site();
    REQUIRE(site->diags.error_count() == 0);
    RenderContext ctx{site->corpus, site->index, site->config};
    const std::string html = matrix_page(ctx).sections[0].html;
    std::string row = row_of(html, "PU2-1");
    CHECK(row.find("<td data-role=\"a\"></td>") != std::string::npos);
    CHECK(row.find("<td data-role=\"b\"><span class=\"letter letter-A\">A</span></td>") != std::string::npos);
    CHECK(row.find("<td class=\"inferred\" data-role=\"c\" title=\"secināts, nav apstiprināts\">"
                   "<span class=\"letter letter-L\">L</span><span class=\"mark\">?</span></td>") !=
          std::string::npos);
    // Cells follow the header's column order: a, b, c.
    CHECK(row.find("data-role=\"a\"") < row.find("data-role=\"b\""));
    CHECK(row.find("data-role=\"b\"") < row.find("data-role=\"c\""));
    CHECK(count(row_of(html, "PU3-1"), "class=\"inferred\"") == 0);
    CHECK(count(html, "<td class=\"inferred\"") == 1);
}

TEST_CASE("matrix rows sit under their level group header; legend, filters and notes follow") {
    auto site = matrix_site();
    REQUIRE(site->diags.error_count() == 0);
    RenderContext ctx{site->corpus, site->index, site->config};
    const std::string html = matrix_page(ctx).sections[0].html;
    CHECK(count(html, "<tr class=\"group\"><th scope=\"rowgroup\" colspan=\"4\">") == 3);
    // The filters' options name the groups too: look inside the table only.
    auto table = html.find("<table id=\"matrix\"");
    REQUIRE(table != std::string::npos);
    auto policy = html.find(task_group_name(1), table);
    auto operational = html.find(task_group_name(2), policy);
    CHECK(policy < html.find("data-task=\"PU1-1\""));
    CHECK(html.find("data-task=\"PU1-1\"") < operational);
    CHECK(operational < html.find("data-task=\"PU2-1\""));
    CHECK(html.find(task_group_name(3), table) < html.find("data-task=\"PU3-1\""));
    CHECK(html.find("A</span> – atbildīgā loma") != std::string::npos);
    CHECK(html.find("L</span> – līdzatbildīgā loma") != std::string::npos);
    CHECK(html.find("?</span> – secināts no OCR nolasījuma, nav apstiprināts") != std::string::npos);
    CHECK(html.find("<label for=\"filter-level\">") != std::string::npos);
    CHECK(html.find("<select id=\"filter-role\"><option value=\"\">Visas lomas</option>"
                    "<option value=\"a\">1. Loma a</option>") != std::string::npos);
    CHECK(html.find("<option value=\"3\">") != std::string::npos);
    CHECK(html.find("<div class=\"matrix-wrap\" tabindex=\"0\" role=\"region\"") != std::string::npos);
    CHECK(html.find("<script defer src=\"../../static/matrix.js\"></script>") != std::string::npos);
    // PU2-1 was read with medium confidence; PU2-2 with high, so only PU2-1 gets a note.
    CHECK(html.find("PU2-1</a> – ticamība vidēja: kolonnas secinātas") != std::string::npos);
    CHECK(html.find("PU2-2</a> – ticamība") == std::string::npos);
}

TEST_CASE("a role page lists what the role must do: A tasks, then L tasks, duties from the card") {
    auto site = matrix_site();
    REQUIRE(site->diags.error_count() == 0);
    RenderContext ctx{site->corpus, site->index, site->config};
    auto pages = site_pages(ctx);
    auto role_b = std::find_if(pages.begin(), pages.end(),
                               [](const PageView& p) { return p.path == url::of(EntityKind::role, "b"); });
    REQUIRE(role_b != pages.end());
    std::string html = section_html(*role_b, "Ko šai lomai jādara");
    auto a_heading = html.find("Uzdevumi, par kuriem loma ir atbildīga (A)");
    auto l_heading = html.find("Uzdevumi, par kuriem loma ir līdzatbildīga (L)");
    REQUIRE(a_heading != std::string::npos);
    REQUIRE(l_heading != std::string::npos);
    CHECK(a_heading < html.find("data-task=\"PU2-1\""));
    CHECK(html.find("data-task=\"PU2-1\"") < l_heading);
    CHECK(l_heading < html.find("data-task=\"PU2-2\""));
    // PU2-1's card gives role b's duties, with the code in them linked.
    CHECK(html.find("<li>Saskaņo darbības ar <a href=\"../../../lv/uzdevumi/pu1-1/index.html\">PU1-1</a></li>") !=
          std::string::npos);
    // PU2-2 and PU3-1 have no card.
    CHECK(count(html, "Pienākumi kartītē vēl nav aprakstīti.") == 2);
    CHECK(html.find("lv/atbildibas-matrica/index.html#loma-b") != std::string::npos);

    auto role_c = std::find_if(pages.begin(), pages.end(),
                               [](const PageView& p) { return p.path == url::of(EntityKind::role, "c"); });
    REQUIRE(role_c != pages.end());
    std::string c_html = section_html(*role_c, "Ko šai lomai jādara");
    // PU2-1's card has duties only for b: c falls back, and its inferred L keeps its mark.
    CHECK(count(c_html, "Pienākumi kartītē vēl nav aprakstīti.") == 2);
    CHECK(c_html.find("class=\"inferred\" title=\"secināts, nav apstiprināts\">?</span>") != std::string::npos);
}
