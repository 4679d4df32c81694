// The pure part of `pvpp novertejumi`: plan rows below the expected level, the counts per
// level overall and by group, the institutions that sent nothing, and the command line.
#include "model/assessment.h"

#include <doctest/doctest.h>

#include <sstream>

#include "cli/options.h"

using namespace pvpp;

namespace {

std::vector<AssessmentPart> two_parts() {
    return {{"Uzdevumi", "", {{"PU1-1", "Pirmais"}, {"PU1-2", "Otrais"}}},
            {"Nosacījumi", "", {{"N1-1", "Nosacījums"}}}};
}

Assessment assessment(std::string name, int group, std::optional<int> a, std::optional<int> b, std::optional<int> c) {
    Assessment x;
    x.institution = std::move(name);
    x.group = group;
    x.parts = {{{"PU1-1", a, "piezīme"}, {"PU1-2", b, ""}}, {{"N1-1", c, "=HYPERLINK(\"x\")"}}};
    return x;
}

}  // namespace

TEST_CASE("a plan lists the rows rated below the expected level, in the template's order") {
    auto items = plan_items(two_parts(), assessment("A", 1, 2, 3, 0), 3);
    REQUIRE(items.size() == 2);
    CHECK(items[0].code == "PU1-1");
    CHECK(items[0].level == 2);
    CHECK(items[0].note == "piezīme");
    CHECK(items[1].part == 1);
    CHECK(items[1].note == "=HYPERLINK(\"x\")");
    CHECK(plan_items(two_parts(), assessment("B", 1, std::nullopt, 4, 3), 3).empty());  // unrated rows are not planned
}

TEST_CASE("the national picture counts each level overall and by group, and who sent nothing") {
    std::vector<Assessment> all = {assessment("Iestāde A", 1, 0, 4, std::nullopt), assessment("Iestāde B", 2, 0, 3, 2),
                                   assessment("Iestāde C", 2, 1, 3, 2)};
    NationalPicture p = national_picture(two_parts(), all, {"iestāde  b", "Iestāde D", "IESTĀDE A"});
    REQUIRE(p.items.size() == 3);
    CHECK(p.items[0].overall == LevelCounts{2, 1, 0, 0, 0, 0});
    CHECK(p.items[1].by_group.at(2) == LevelCounts{0, 0, 0, 2, 0, 0});
    CHECK(p.items[2].overall == LevelCounts{0, 0, 2, 0, 0, 1});  // the last slot: not rated
    CHECK(p.institutions == std::map<int, int>{{1, 1}, {2, 2}});
    CHECK(p.missing == std::vector<std::string>{"Iestāde D"});  // names match without case and extra spaces
}

TEST_CASE("pvpp novertejumi takes the folder of filled workbooks") {
    std::ostringstream err;
    auto o = parse_options({"novertejumi", "saņemtie", "--out", "rez"}, err);
    REQUIRE(o);
    CHECK(o->command == "novertejumi");
    CHECK(o->assessments == "saņemtie");
    CHECK(o->out == "rez");
    CHECK_FALSE(parse_options({"novertejumi"}, err));
    CHECK(err.str() == "pvpp: komandai novertejumi jānorāda aizpildīto darbgrāmatu mape (pvpp novertejumi MAPE)\n");
    CHECK(std::string(usage_text()).find("pvpp novertejumi MAPE [--out DIR]") != std::string::npos);
}
