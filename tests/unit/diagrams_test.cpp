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
#include <sstream>

#include "load/corpus_loader.h"
#include "render/common/urls.h"
#include "render/common/diagrams/svg_writer.h"
#include "render/html/page_builder.h"
#include "util/file_system.h"
#include "util/utf8.h"
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

// Every task of the policy's numbering, each related to the tasks that relations names.
std::unique_ptr<Site> mapped_site(const std::map<std::string, std::vector<std::string>>& relations) {
    MemoryFileSystem files;
    files.add("content/scales.toml", k_scales);
    files.add("content/levels.toml", k_levels);
    files.add("content/roles.toml", k_roles);
    std::vector<std::pair<int, int>> groups = {{1, 5}, {2, 23}, {3, 4}};
    for (const auto& [group, count] : groups) {
        for (int n = 1; n <= count; ++n) {
            std::string code = "PU" + std::to_string(group) + "-" + std::to_string(n);
            std::string related;
            if (auto r = relations.find(code); r != relations.end()) {
                for (const auto& other : r->second) { related += (related.empty() ? "\"" : ", \"") + other + "\""; }
            }
            files.add("content/tasks/" + code + ".toml", "code = \"" + code + "\"\nname = \"Uzdevums ar garu nosaukumu, "
                      "kas aizņem vairākas rindas kastītē " + code + "\"\nrelated = [" + related + "]\n");
        }
    }
    return test::load_site(files);
}

struct Area {
    double x0, y0, x1, y1;
};

struct Segment {
    double x0, y0, x1, y1;
};

double number_attr(const std::string& element, const std::string& name) { return std::stod(attr(element, name)); }

// The boxes (the rect right after each task link) and the band headings' text, as areas
// a connector must not cross. A heading letter is taken as 10 px wide (15 px bold).
std::vector<Area> obstacles(const std::string& svg) {
    std::vector<Area> out;
    for (std::size_t at = svg.find("<a "); at != std::string::npos; at = svg.find("<a ", at + 1)) {
        std::string rect = svg.substr(svg.find("<rect ", at), svg.find('>', svg.find("<rect ", at)) - svg.find("<rect ", at));
        double x = number_attr(rect, "x"), y = number_attr(rect, "y");
        out.push_back({x, y, x + number_attr(rect, "width"), y + number_attr(rect, "height")});
    }
    for (const auto& heading : elements(svg, "text", "class=\"heading\"")) {
        std::size_t open = svg.find(heading) + heading.size();
        std::string words = svg.substr(open, svg.find("</text>", open) - open);
        double x = number_attr(heading, "x"), y = number_attr(heading, "y");
        out.push_back({x, y - 15, x + 10 * static_cast<double>(count_code_points(words)), y + 4});
    }
    return out;
}

std::vector<std::vector<Segment>> connectors(const std::string& svg) {
    std::vector<std::vector<Segment>> out;
    for (const auto& path : elements(svg, "path", "class=\"relation\"")) {
        std::istringstream d(std::regex_replace(attr(path, "d"), std::regex("[ML]"), " "));
        std::vector<std::pair<double, double>> points;
        for (double x = 0, y = 0; d >> x >> y;) { points.push_back({x, y}); }
        out.emplace_back();
        for (std::size_t i = 1; i < points.size(); ++i) {
            out.back().push_back({points[i - 1].first, points[i - 1].second, points[i].first, points[i].second});
        }
    }
    return out;
}

// An axis-parallel segment passes through the inside of an area (touching its edge is fine:
// connectors start and end on box edges).
bool crosses(const Segment& s, const Area& a) {
    double lo_x = std::min(s.x0, s.x1), hi_x = std::max(s.x0, s.x1);
    double lo_y = std::min(s.y0, s.y1), hi_y = std::max(s.y0, s.y1);
    return lo_x < a.x1 && hi_x > a.x0 && lo_y < a.y1 && hi_y > a.y0 &&
           !(lo_x == hi_x && (lo_x <= a.x0 || lo_x >= a.x1)) && !(lo_y == hi_y && (lo_y <= a.y0 || lo_y >= a.y1));
}

// Two segments on one line that share more than a point.
bool overlap(const Segment& a, const Segment& b) {
    if (a.x0 == a.x1 && b.x0 == b.x1 && a.x0 == b.x0) {
        return std::max(std::min(a.y0, a.y1), std::min(b.y0, b.y1)) < std::min(std::max(a.y0, a.y1), std::max(b.y0, b.y1));
    }
    if (a.y0 == a.y1 && b.y0 == b.y1 && a.y0 == b.y0) {
        return std::max(std::min(a.x0, a.x1), std::min(b.x0, b.x1)) < std::min(std::max(a.x0, a.x1), std::max(b.x0, b.x1));
    }
    return false;
}

std::string map_of(const Site& site) {
    RenderContext ctx{site.corpus, site.index, site.config};
    PageBuilder b(ctx, "lv/uzdevumi/", "Uzdevumi", "Uzdevumi");
    return task_map_svg(b);
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
    // A long name is never cut: it wraps onto a second line, its row grows by a line, and
    // the rows below move down; the row's <title> has it whole too.
    CHECK(svg.find("<title>P1.2 izveidot komandas ar ļoti garu nosaukumu, kas neietilpst kreisajā kolonnā un tiek "
                   "saīsināts</title>") != std::string::npos);
    CHECK(svg.find("…") == std::string::npos);
    CHECK(svg.find(">izveidot komandas ar ļoti garu nosaukumu, kas</tspan>") != std::string::npos);
    CHECK(svg.find(">neietilpst kreisajā kolonnā un tiek saīsināts</tspan>") != std::string::npos);
    CHECK(attr(svg.substr(0, svg.find('>')), "data-y1") == "180");  // 5 rows of 24 px from 46, one with 14 px more
    CHECK(svg.find("href=\"../../lv/darba-plans/p1-1/index.html\"") != std::string::npos);
    CHECK(svg.find(">1. pusg.<") != std::string::npos);
    CHECK(svg.find(">2027<") != std::string::npos);
    CHECK(gantt_svg(b) == svg);  // deterministic
}

TEST_CASE("the Gantt chart draws a label's months as a dashed bar and the milestones as diamonds") {
    MemoryFileSystem files;
    files.add("data/workplan.toml",
              "[[milestone]]\nname = \"Gada beigas\"\ndate = 2024-12-31\ndone = 0\n"
              "[[milestone]]\nname = \"PVPP beigas\"\n"
              "[[line]]\ncode = \"RV1\"\nname = \"Komandas\"\n"
              "[[measure]]\ncode = \"P1.1\"\nname = \"apmācīt\"\ndone = 99\nperiod = [\"2024-05\", \"2024-07\"]\n");
    auto site = test::load_site(files);
    REQUIRE(site->diags.error_count() == 0);
    RenderContext ctx{site->corpus, site->index, site->config};
    PageBuilder b(ctx, "lv/darba-plans/", "Darba plāns", "Darba plāns");
    std::string svg = gantt_svg(b);
    check_well_formed(svg);
    auto periods = elements(svg, "rect", "class=\"bar period\"");
    REQUIRE(periods.size() == 1);
    CHECK(attr(periods[0], "data-code") == "P1.1");
    CHECK(attr(periods[0], "stroke-dasharray") == "4 3");
    // From 1 May to 31 July inclusive: 92 days at half a pixel.
    CHECK(std::stod(attr(periods[0], "width")) == doctest::Approx(92 * 0.5));
    CHECK(svg.find(">05.2024–07.2024  99%<") != std::string::npos);
    auto diamonds = elements(svg, "path", "class=\"milestone\"");
    REQUIRE(diamonds.size() == 1);  // "PVPP beigas" has no readable date
    CHECK(attr(diamonds[0], "data-date") == "2024-12-31");
    CHECK(svg.find("<g class=\"row row-milestone\" data-code=\"M2\">") != std::string::npos);
    CHECK(svg.find(">31.12.2024<") != std::string::npos);
    CHECK(occurrences(svg, ">nav zināms<") == 1);  // the review edition says the date is missing
    site->config.edition = Edition::public_;
    RenderContext pub{site->corpus, site->index, site->config};
    PageBuilder pb(pub, "lv/darba-plans/", "Darba plāns", "Darba plāns");
    CHECK(gantt_svg(pb).find("nav zināms") == std::string::npos);  // the public one draws no gap
}

TEST_CASE("the role grid places every role in its cells and links it to its page") {
    auto site = small_site();
    RenderContext ctx{site->corpus, site->index, site->config};
    PageBuilder b(ctx, url::of(EntityKind::role, "vadosa"), "Loma", "Vadošā iestāde");
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

TEST_CASE("the task map's connectors cross no box and no heading, and names are never cut") {
    // Every kind of route: neighbours, one row apart, rows of one band, one band to the
    // next, PU1 to PU3 across the whole PU2 band, to the first and to the last column.
    auto site = mapped_site({{"PU1-1", {"PU1-2", "PU1-5", "PU2-8", "PU3-1", "PU3-4"}},
                             {"PU1-4", {"PU2-1", "PU2-23", "PU3-2"}},
                             {"PU2-10", {"PU3-2", "PU2-3", "PU2-16", "PU2-11"}},
                             {"PU2-6", {"PU2-7", "PU2-18", "PU3-3"}},
                             {"PU2-20", {"PU2-22", "PU3-1"}}});
    std::string svg = map_of(*site);
    check_well_formed(svg);
    auto areas = obstacles(svg);
    REQUIRE(areas.size() == 32 + 3);
    auto lines = connectors(svg);
    REQUIRE(lines.size() == 17);
    for (const auto& line : lines) {
        for (const auto& s : line) {
            for (const auto& a : areas) {
                CAPTURE(s.x0); CAPTURE(s.y0); CAPTURE(s.x1); CAPTURE(s.y1); CAPTURE(a.x0); CAPTURE(a.y0);
                CHECK_FALSE(crosses(s, a));
            }
        }
    }
    CHECK(svg.find("…") == std::string::npos);
    CHECK(std::regex_search(svg, std::regex("[ >]PU2-10</tspan>")));
    CHECK(svg.find("<g class=\"legend\"") != std::string::npos);
    CHECK(svg.find("tieši saistīti uzdevumi") != std::string::npos);
}

TEST_CASE("a few task map connectors never run on top of each other") {
    auto site = mapped_site({{"PU1-1", {"PU2-1", "PU3-1"}}, {"PU1-2", {"PU2-2"}}, {"PU2-1", {"PU3-2", "PU2-7"}}});
    auto lines = connectors(map_of(*site));
    REQUIRE(lines.size() == 5);
    for (std::size_t i = 0; i < lines.size(); ++i) {
        for (std::size_t j = i + 1; j < lines.size(); ++j) {
            for (const auto& a : lines[i]) {
                for (const auto& b : lines[j]) { CHECK_FALSE(overlap(a, b)); }
            }
        }
    }
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

TEST_CASE("a work-plan row's small bar spans its dates, or dashed the months of its planned period") {
    Schedule dated;
    dated.start = Date{2024, 1, 1};
    dated.end = Date{2024, 1, 31};
    std::string bar = gantt_mini_bar(dated);
    auto spans = elements(bar, "rect", "class=\"span\"");
    REQUIRE(spans.size() == 1);
    CHECK(attr(spans[0], "x") == "0");
    CHECK(attr(spans[0], "width") == "31");
    Schedule months;
    months.period_from = YearMonth{2024, 5};
    months.period_to = YearMonth{2024, 7};
    auto periods = elements(gantt_mini_bar(months), "rect", "class=\"span period\"");
    REQUIRE(periods.size() == 1);
    CHECK(attr(periods[0], "x") == std::to_string(day_number(Date{2024, 5, 1}) - day_number(Date{2024, 1, 1})));
    CHECK(attr(periods[0], "width") == "92");  // 1 May to 31 July
    CHECK(attr(periods[0], "stroke-dasharray") == "4 3");
    Schedule start_only;
    start_only.start = Date{2025, 7, 7};
    auto points = elements(gantt_mini_bar(start_only), "rect", "class=\"span point\"");
    REQUIRE(points.size() == 1);
    CHECK(attr(points[0], "x") == std::to_string(day_number(Date{2025, 7, 7}) - day_number(Date{2024, 1, 1})));
    CHECK(gantt_mini_bar(Schedule{}).empty());
}
