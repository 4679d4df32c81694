// Text helpers: UTF-8, lines, suggestions, escaping, codes found in prose.
#include <doctest/doctest.h>

#include <algorithm>

#include "model/code_slips.h"
#include "model/codes.h"
#include "model/record_kinds.h"
#include "model/text.h"
#include "util/text.h"
#include "util/utf8.h"

using namespace pvpp;

TEST_CASE("first_invalid_utf8 finds the first bad byte and accepts Latvian text") {
    CHECK_FALSE(first_invalid_utf8("Pārvaldāmība ŠŽĢ").has_value());
    CHECK(first_invalid_utf8("ab\xff").value() == 2);
    CHECK(first_invalid_utf8("a\xc3").value() == 1);          // truncated sequence
    CHECK(first_invalid_utf8("\xc0\xaf").value() == 0);       // overlong '/'
    CHECK(first_invalid_utf8("\xed\xa0\x80").value() == 0);   // surrogate
    CHECK(count_code_points("pārvaldība") == 10);
}

TEST_CASE("edit_distance counts a swap of neighbours as one edit") {
    CHECK(edit_distance("name", "nmae") == 1);
    CHECK(edit_distance("N4-3", "N4-2") == 1);
    CHECK(edit_distance("", "abc") == 3);
}

TEST_CASE("nearest suggests only plausible candidates and prefers a shared beginning") {
    std::vector<std::string> codes = {"N1-3", "N4-1", "N4-2"};
    CHECK(nearest("N4-3", codes) == "N4-1");
    CHECK(nearest("pakalpojuma-saimneks", {"pakalpojuma-saimnieks", "resursa-saimnieks"}) == "pakalpojuma-saimnieks");
    CHECK(nearest("xyz", {"pakalpojums"}).empty());
}

TEST_CASE("html_escape escapes the five characters") {
    CHECK(html_escape("<a href=\"x\">'&'</a>") == "&lt;a href=&quot;x&quot;&gt;&#39;&amp;&#39;&lt;/a&gt;");
}

TEST_CASE("split_lines keeps empty lines and strips carriage returns") {
    auto lines = split_lines("a\r\n\nb");
    REQUIRE(lines.size() == 3);
    CHECK(lines[0] == "a");
    CHECK(lines[1].empty());
    CHECK(lines[2] == "b");
}

TEST_CASE("find_codes finds every kind of code and respects word boundaries") {
    std::string text = "PU2-10 un N4-1, grupa N4, S2-4, R1, RV3 un (P4.2.); ne ITIL4, ne PVPP2027, ne PU2.";
    auto found = find_kind_codes(text);
    std::vector<std::string> codes;
    for (const auto& m : found) { codes.push_back(text.substr(m.offset, m.length)); }
    CHECK(codes == std::vector<std::string>{"PU2-10", "N4-1", "N4", "S2-4", "R1", "RV3", "P4.2"});
    CHECK(found[0].kind == EntityKind::task);
    CHECK(found[1].kind == EntityKind::condition);
    CHECK(found[2].kind == EntityKind::condition_group);
    CHECK(found[4].kind == EntityKind::capability);
    CHECK(std::string(found[4].name()) == "resource");
    CHECK(found[6].kind == EntityKind::measure);
    REQUIRE(whole_code("RV7"));
    CHECK(whole_code("RV7")->kind == EntityKind::line);
    CHECK_FALSE(whole_code("PU2-10 "));
}

TEST_CASE("a code pattern needs its digits, and the longest pattern at a place wins") {
    std::vector<CodePattern> patterns = {{"RK", '-', CodePattern::Sub::none}, {"RK", '-', CodePattern::Sub::required}};
    std::string text = "RK3, RK3-2, RK, RK-1, RK3-2x";
    std::vector<std::size_t> which;
    for (const auto& m : find_codes(text, patterns)) { which.push_back(m.pattern); }
    CHECK(which == std::vector<std::size_t>{0, 1});
}

TEST_CASE("codes next to Latvian letters are not codes") {
    CHECK(find_kind_codes("ŠN4-1").empty());
    CHECK(find_kind_codes("N4-1ā").empty());
    CHECK(find_kind_codes("N4-1.").size() == 1);
}

TEST_CASE("natural_less orders codes as people read them") {
    CHECK(natural_less("PU2-9", "PU2-10"));
    CHECK_FALSE(natural_less("PU2-10", "PU2-9"));
    CHECK(natural_less("PU2-23", "PU3-1"));
    CHECK(natural_less("PU2-1.toml", "PU2-10.toml"));
    CHECK_FALSE(natural_less("PU2-1", "PU2-1"));
}

TEST_CASE("codes after dashes, quotes and arrows are found") {
    std::string text = "RV2.–P2.2. un “N4-1” → P7.1, «S2-4»";
    std::vector<std::string> codes;
    for (const auto& m : find_kind_codes(text)) { codes.push_back(text.substr(m.offset, m.length)); }
    CHECK(codes == std::vector<std::string>{"RV2", "P2.2", "N4-1", "P7.1", "S2-4"});
}

TEST_CASE("mask_code hides codes in code spans and fences but keeps offsets") {
    std::string md = "PU2-1 un `N4-3` un\n```\nPU2-99\n```\nRV3";
    std::string masked = mask_code(md);
    CHECK(masked.size() == md.size());
    std::vector<std::string> codes;
    for (const auto& m : find_kind_codes(masked)) { codes.push_back(md.substr(m.offset, m.length)); }
    CHECK(codes == std::vector<std::string>{"PU2-1", "RV3"});
    CHECK(std::count(masked.begin(), masked.end(), '\n') == std::count(md.begin(), md.end(), '\n'));
}

TEST_CASE("mask_code keeps a text that ends in backticks as it is (the load fuzzer's crash)") {
    CHECK(mask_code("PU2-1 ``") == "PU2-1 ``");
    CHECK(mask_code("`") == "`");
}

TEST_CASE("find_code_slips finds codes in the wrong case or with a space, never exact codes or words") {
    auto slips = pvpp::find_code_slips("pu2-10, PU 2-10, Pu2-1, rv3, p4.2 un PU2-10, N4-1, apr1, spu2-10, pu2-10x");
    REQUIRE(slips.size() == 5);
    CHECK(slips[0].code == "PU2-10");
    CHECK(slips[0].offset == 0);
    CHECK(slips[0].length == 6);
    CHECK(slips[1].code == "PU2-10");
    CHECK(slips[1].length == 7);
    CHECK(slips[2].code == "PU2-1");
    CHECK(slips[3].code == "RV3");
    CHECK(slips[4].code == "P4.2");
    CHECK(pvpp::find_code_slips("PU2-10 RV3 P4.2 S2-4 R1 N4").empty());
}

TEST_CASE("working_days counts Monday to Friday from the start up to the end") {
    CHECK(pvpp::working_days({2024, 5, 6}, {2024, 5, 10}) == 4);
    CHECK(pvpp::working_days({2024, 7, 8}, {2024, 7, 15}) == 5);
    CHECK(pvpp::working_days({2024, 7, 1}, {2027, 12, 30}) == 913);
    CHECK(pvpp::working_days({2024, 5, 6}, {2024, 5, 6}) == 0);
}
