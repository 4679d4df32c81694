// The SVG diagrams: accessible heads, one mark per record, positions that follow
// the data, escaped text, links to record pages. PVPP_DIAGRAM_DIR=/tmp writes the
// shipped corpus's diagrams there for a look.
#include "render/common/diagrams/diagrams.h"

#include <doctest/doctest.h>

#include "test_site.h"

#include <cstdlib>
#include <fstream>
#include <map>
#include <memory>
#include <regex>

#include "load/corpus_loader.h"
#include "render/common/urls.h"
#include "render/common/diagrams/svg_writer.h"
#include "render/html/page_builder.h"
#include "util/file_system.h"
#include "validate/validate.h"

using namespace pvpp;

namespace {

using test::Site;

const char* k_scales =
    "[[scale]]\nid = \"valsts\"\nnumber = 1\nname = \"Valsts mērogs\"\nscope = \"valsts kopumā\"\n"
    "[[scale]]\nid = \"iestades\"\nnumber = 2\nname = \"Iestādes mērogs\"\nscope = \"iestāde\"\n";
const char* k_levels =
    "[[level]]\nid = \"politikas\"\nnumber = 1\nname = \"Politikas līmenis\"\n"
    "[[level]]\nid = \"pamatdarbibas\"\nnumber = 2\nname = \"Pamatdarbības līmenis\"\n"
    "[[level]]\nid = \"nodrosinajuma\"\nnumber = 3\nname = \"Nodrošinājuma līmenis\"\n";
const char* k_roles =
    "[[role]]\nnumber = 1\nid = \"vadosa\"\nname = \"Vadošā <&> iestāde\"\nscales = [\"valsts\"]\nlevels = "
    "[\"politikas\"]\n"
    "[[role]]\nnumber = 2\nid = \"kopuma-saimnieks\"\nname = \"Kopuma saimnieks\"\nscales = [\"iestades\"]\n"
    "levels = [\"politikas\", \"nodrosinajuma\"]\n"
    "[[role]]\nnumber = 3\nid = \"bez-limena\"\nname = \"Bez līmeņa\"\nscales = [\"valsts\"]\n";
const char* k_conditions =
    "[[group]]\nnumber = 1\nname = \"Pārvaldāmība\"\n[[condition]]\ncode = \"N1-1\"\nname = \"Mērāmība\"\n"
    "[[condition]]\ncode = \"N1-2\"\nname = \"Uzturamība\"\n"
    "[[group]]\nnumber = 2\nname = \"Atbilstība\"\n[[condition]]\ncode = \"N2-1\"\nname = \"Sabiedrībai\"\n"
    "[[group]]\nnumber = 3\nname = \"Drošība\"\n";
const char* k_workplan =
    "[[line]]\ncode = \"RV1\"\nname = \"Komandas <&> virziens\"\nstart = 2024-03-01\nend = 2025-06-30\ndone = 40\n"
    "[[measure]]\ncode = \"P1.1\"\nname = \"apmācīt\"\nstart = 2024-05-06\nend = 2024-07-01\ndone = 100\n"
    "[[measure.activity]]\nname = \"Izsūtīt uzaicinājumu\"\nstart = 2024-07-08\nend = 2024-07-15\n"
    "[[measure.activity]]\nname = \"Apmācīt grupu\"\n"
    "[[measure]]\ncode = \"P1.2\"\nname = \"izveidot komandas ar ļoti garu nosaukumu, kas neietilpst kreisajā kolonnā "
    "un tiek saīsināts\"\n"
    "start = 2026-01-05\n";

std::unique_ptr<Site> small_site() {
    MemoryFileSystem files;
    files.add("content/scales.toml", k_scales);
    files.add("content/levels.toml", k_levels);
    files.add("content/roles.toml", k_roles);
    files.add("content/conditions.toml", k_conditions);
    files.add("data/workplan.toml", k_workplan);
    files.add("content/tasks/PU1-1.toml",
              "code = \"PU1-1\"\nname = \"Politikas plānošana\"\nrelated = [\"PU2-1\", \"PU3-1\"]\n");
    files.add("content/tasks/PU2-1.toml",
              "code = \"PU2-1\"\nname = \"Plānošana <b> & izveide\"\nrelated = [\"PU1-1\"]\n");
    files.add("content/tasks/PU2-2.toml", "code = \"PU2-2\"\nname = \"Saņēmēju vajadzības\"\n");
    files.add("content/tasks/PU3-1.toml", "code = \"PU3-1\"\nname = \"Nemitīga pilnveide\"\n");
    return test::load_site(files);
}

std::size_t occurrences(const std::string& text, const std::string& needle) {
    std::size_t n = 0;
    for (std::size_t at = text.find(needle); at != std::string::npos; at = text.find(needle, at + needle.size())) {
        ++n;
    }
    return n;
}

// Starts as an accessible image and closes every element it opens that matters here.
void check_well_formed(const std::string& svg) {
    CHECK(svg.rfind("<svg ", 0) == 0);
    CHECK(svg.find("role=\"group\"") != std::string::npos);
    std::smatch m;
    REQUIRE(std::regex_search(svg, m, std::regex("aria-labelledby=\"([^ \"]+) ([^\"]+)\"")));
    // <title> and <desc> come right after the opening tag, with the ids aria-labelledby names.
    std::size_t head_end = svg.find(">\n") + 2;
    CHECK(svg.compare(head_end, 7 + m[1].length() + 6, "<title id=\"" + m[1].str() + "\">") == 0);
    CHECK(svg.find("<desc id=\"" + m[2].str() + "\">") != std::string::npos);
    CHECK(occurrences(svg, "<a ") == occurrences(svg, "</a>"));
    CHECK(occurrences(svg, "<text") == occurrences(svg, "</text>"));
    CHECK(occurrences(svg, "<g") == occurrences(svg, "</g>"));
    CHECK(svg.find("<b>") == std::string::npos);
    CHECK(svg.find("<&") == std::string::npos);
    CHECK(svg.substr(svg.size() - 7) == "</svg>\n");
}

std::string attr(const std::string& element, const std::string& name) {
    std::smatch m;
    if (!std::regex_search(element, m, std::regex(" " + name + "=\"([^\"]*)\""))) { return ""; }
    return m[1].str();
}

// Every start tag of an element named tag that contains marker, e.g. ("rect", "class=\"bar\"").
std::vector<std::string> elements(const std::string& svg, const std::string& tag, const std::string& marker = "") {
    std::vector<std::string> out;
    std::string prefix = "<" + tag + " ";
    for (std::size_t at = svg.find(prefix); at != std::string::npos; at = svg.find(prefix, at + 1)) {
        std::string element = svg.substr(at, svg.find('>', at) - at + 1);
        if (element.find(marker) != std::string::npos) { out.push_back(element); }
    }
    return out;
}

}  // namespace

TEST_CASE("svg helpers wrap by code points, shorten with an ellipsis and format numbers without locale") {
    CHECK(svg::wrap("Pakalpojumu pārvaldības valsts vadošā iestāde", 23) ==
          std::vector<std::string>{"Pakalpojumu pārvaldības", "valsts vadošā iestāde"});
    // "pārvaldības" is 11 code points but 12 bytes: it still fits a width of 11.
    CHECK(svg::wrap("pārvaldības ā", 11) == std::vector<std::string>{"pārvaldības", "ā"});
    CHECK(svg::wrap("a bb ccc dddd", 4, 2) == std::vector<std::string>{"a bb", "ccc…"});
    CHECK(svg::wrap("nepārtrauktībasvārds īss", 6) == std::vector<std::string>{"nepārtrauktībasvārds", "īss"});
    CHECK(svg::shorten("Sagatavot mācību materiālus", 100) == "Sagatavot mācību materiālus");
    CHECK(svg::shorten("Sagatavot mācību materiālus", 18) == "Sagatavot mācību…");
    CHECK(svg::shorten("ļļļļļļļļļļ", 4) == "ļļļ…");
    CHECK(svg::num(12.5) == "12.5");
    CHECK(svg::num(40.0) == "40");
    CHECK(svg::num(-0.001) == "0");
    CHECK(svg::num(1.006) == "1.01");
    CHECK(svg::escape("a<&>\"'") == "a&lt;&amp;&gt;&quot;&#39;");
    CHECK(svg::count(1, "pasākums", "pasākumi") == "1 pasākums");
    CHECK(svg::count(11, "pasākums", "pasākumi") == "11 pasākumi");
    CHECK(svg::count(21, "pasākums", "pasākumi") == "21 pasākums");
}

TEST_CASE("the Gantt chart has one bar per dated row, placed by its dates") {
    auto site = small_site();
    REQUIRE(site->diags.error_count() == 0);
    RenderContext ctx{site->corpus, site->index, site->config};
    PageBuilder b(ctx, "lv/darba-plans/", "Darba plāns", "Darba plāns");
    std::string svg = gantt_svg(b);
    check_well_formed(svg);
    CHECK(svg.find("id=\"gantt\"") != std::string::npos);
    CHECK(svg.find("data-from=\"2024-01-01\" data-to=\"2027-12-31\" data-px-per-day=\"0.5\"") != std::string::npos);
    CHECK(svg.find("line id=\"today\"") == std::string::npos);

    auto bars = elements(svg, "rect", "class=\"bar\"");
    REQUIRE(bars.size() == 3);  // RV1, P1.1, P1.1's first activity; the rest lack a date
    CHECK(attr(bars[0], "data-code") == "RV1");
    CHECK(attr(bars[0], "data-start") == "2024-03-01");
    CHECK(attr(bars[0], "data-end") == "2025-06-30");
    CHECK(attr(bars[1], "data-code") == "P1.1");
    CHECK(attr(bars[2], "data-code") == "P1.1/1");
    CHECK(attr(bars[2], "data-end") == "2024-07-15");
    // Later dates lie further right; a bar spans its days at the stated scale.
    double x_rv1 = std::stod(attr(bars[0], "x"));
    double x_p11 = std::stod(attr(bars[1], "x"));
    double x_act = std::stod(attr(bars[2], "x"));
    CHECK(x_rv1 < x_p11);
    CHECK(x_p11 < x_act);
    CHECK(x_act - x_p11 == doctest::Approx((31 - 6 + 30 + 8) * 0.5));       // 06.05. → 08.07.
    CHECK(std::stod(attr(bars[1], "width")) == doctest::Approx(57 * 0.5));  // 06.05.–01.07. inclusive

    CHECK(occurrences(svg, "datumi nav zināmi") == 1);  // the second activity
    CHECK(svg.find("sākums 05.01.2026, beigas nav zināmas") != std::string::npos);
    CHECK(occurrences(svg, "class=\"done\"") == 2);  // RV1 40 %, P1.1 100 %; the activity has no %
    CHECK(svg.find("Komandas &lt;&amp;&gt; virziens") != std::string::npos);
    // A long name is cut at the left and given in full in the row's <title>.
    CHECK(svg.find("<title>P1.2 izveidot komandas ar ļoti garu nosaukumu, kas neietilpst kreisajā kolonnā un tiek "
                   "saīsināts</title>") != std::string::npos);
    CHECK(svg.find("…</text>") != std::string::npos);
    CHECK(svg.find("href=\"../../lv/darba-plans/p1-1/index.html\"") != std::string::npos);
    CHECK(svg.find(">1. pusg.<") != std::string::npos);
    CHECK(svg.find(">2027<") != std::string::npos);
    CHECK(gantt_svg(b) == svg);  // deterministic
}

TEST_CASE("the role grid places every role in its cells and links it to its page") {
    auto site = small_site();
    RenderContext ctx{site->corpus, site->index, site->config};
    PageBuilder b(ctx, url::role("vadosa"), "Loma", "Vadošā iestāde");
    std::string svg = role_grid_svg(b, "kopuma-saimnieks");
    check_well_formed(svg);
    auto boxes = elements(svg, "a");
    std::size_t vadosa = 0;
    std::size_t saimnieks = 0;
    for (const auto& a : boxes) {
        if (attr(a, "data-role") == "vadosa") {
            ++vadosa;
            CHECK(attr(a, "href") == "../../../lv/lomas/vadosa/index.html");
            CHECK(attr(a, "class") == "role");
        }
        if (attr(a, "data-role") == "kopuma-saimnieks") {
            ++saimnieks;
            CHECK(attr(a, "href") == "../../../lv/lomas/kopuma-saimnieks/index.html");
            CHECK(attr(a, "class") == "role highlight");
        }
    }
    CHECK(vadosa == 1);
    CHECK(saimnieks == 2);  // politikas and nodrošinājuma level, drawn in each cell
    CHECK(svg.find("Vadošā &lt;&amp;&gt; iestāde") != std::string::npos);
    // A role without a level has no cell: it is listed under the grid, still linked.
    CHECK(svg.find("Mērogs vai līmenis nav norādīts") != std::string::npos);
    CHECK(svg.find("class=\"role unplaced\" data-role=\"bez-limena\"") != std::string::npos);
    CHECK(occurrences(role_grid_svg(b), "highlight") == 0);
}

TEST_CASE("the condition wheel has one linked segment per group and lists each group's codes") {
    auto site = small_site();
    RenderContext ctx{site->corpus, site->index, site->config};
    PageBuilder b(ctx, "lv/nosacijumi/", "Nosacījumi", "Nosacījumi");
    std::string svg = condition_wheel_svg(b);
    check_well_formed(svg);
    CHECK(occurrences(svg, "class=\"segment\"") == 3);
    CHECK(svg.find(">Pakalpojums<") != std::string::npos);
    CHECK(svg.find("href=\"../../lv/nosacijumi/n1/index.html\"><title>1. Pārvaldāmība</title>") != std::string::npos);
    CHECK(svg.find(">1. Pārvaldāmība<") != std::string::npos);
    CHECK(svg.find("href=\"../../lv/nosacijumi/n1-2/index.html\"") != std::string::npos);
    // A link in a line of codes holds its text itself (HTML allows no <tspan> in it).
    CHECK(svg.find("</title>N2-1</a>") != std::string::npos);
    CHECK(svg.find(",&#160;</tspan><a href=\"../../lv/nosacijumi/n1-2/index.html\"") != std::string::npos);
    CHECK(svg.find("</title><tspan") == std::string::npos);
}

TEST_CASE("the task map has one linked box per task and one line per related pair") {
    auto site = small_site();
    RenderContext ctx{site->corpus, site->index, site->config};
    PageBuilder b(ctx, "lv/uzdevumi/", "Uzdevumi", "Uzdevumi");
    std::string svg = task_map_svg(b);
    check_well_formed(svg);
    auto boxes = elements(svg, "a");
    CHECK(boxes.size() == 4);
    CHECK(attr(boxes[1], "data-task") == "PU2-1");
    CHECK(attr(boxes[1], "href") == "../../lv/uzdevumi/pu2-1/index.html");
    // PU1-1 ↔ PU2-1 is stated on both sides but drawn once.
    auto lines = elements(svg, "path", "class=\"relation\"");
    REQUIRE(lines.size() == 2);
    CHECK(attr(lines[0], "data-from") == "PU1-1");
    CHECK(attr(lines[0], "data-to") == "PU2-1");
    CHECK(attr(lines[1], "data-to") == "PU3-1");
    CHECK(svg.find("Plānošana &lt;b&gt; &amp; izveide") != std::string::npos);
    CHECK(svg.find("PU2 · Pamatdarbības un nodrošinājuma līmenis") != std::string::npos);
}

TEST_CASE("the shipped corpus's diagrams hold every record") {
    Site site;
    DiskFileSystem fs(PVPP_SOURCE_DIR);
    site.corpus = load_corpus(fs, site.diags);
    site.index = validate(site.corpus, site.diags);
    RenderContext ctx{site.corpus, site.index, site.config};
    PageBuilder b(ctx, "lv/diagrammas/", "Diagrammas", "Diagrammas");
    std::map<std::string, std::string> svgs = {{"gantt", gantt_svg(b)},
                                               {"role-grid", role_grid_svg(b, "pakalpojuma-saimnieks")},
                                               {"condition-wheel", condition_wheel_svg(b)},
                                               {"task-map", task_map_svg(b)}};
    for (const auto& [name, svg] : svgs) {
        CAPTURE(name);
        check_well_formed(svg);
    }
    CHECK(occurrences(svgs["task-map"], "class=\"task\"") == site.corpus.tasks.size());
    CHECK(occurrences(svgs["condition-wheel"], "class=\"segment\"") == site.corpus.condition_groups.size());
    for (const auto& r : site.corpus.roles) {
        CHECK(svgs["role-grid"].find("data-role=\"" + r.id + "\"") != std::string::npos);
    }
    for (const auto& m : site.corpus.measures) {
        CHECK(svgs["gantt"].find("<g class=\"row row-measure\" data-code=\"" + m.code + "\"") != std::string::npos);
    }
    if (const char* dir = std::getenv("PVPP_DIAGRAM_DIR")) {
        for (const auto& [name, svg] : svgs) { std::ofstream(std::string(dir) + "/diagram-" + name + ".svg") << svg; }
    }
}
