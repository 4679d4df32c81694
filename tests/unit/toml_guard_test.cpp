// The guard in front of toml++ 3.3.0 (load/toml_guard.h): found by tests/fuzz/fuzz_load,
// where `a = ā` reached TOML_UNREACHABLE in toml++'s whitespace table.
#include <doctest/doctest.h>

#include <toml++/toml.h>

#include "load/toml_guard.h"
#include "test_site.h"

using pvpp::guard_toml;

TEST_CASE("toml guard: text outside strings and comments is reported where it starts, quoted") {
    auto value = guard_toml("id = \"a\"\nname = Ārējā loma  # x\n");
    CHECK(value.error == "teksts 'Ārējā loma' bez pēdiņām (TOML tekstu raksta pēdiņās: \"Ārējā loma\")");
    CHECK(value.line == 2);
    CHECK(value.column == 8);
    auto key = guard_toml("[[term]]\nā = 1\n");
    CHECK(key.error == "teksts 'ā' bez pēdiņām (TOML tekstu raksta pēdiņās: \"ā\")");
    CHECK((key.line == 2 && key.column == 1));
    auto header = guard_toml("[uzdevums.ā]\n");
    CHECK((header.line == 1 && header.column == 2));
    CHECK(guard_toml("a = 1 ž").error == "teksts '1 ž' bez pēdiņām (TOML tekstu raksta pēdiņās: \"1 ž\")");
    CHECK(guard_toml("a = [1, 2, ž ]").column == 12);
}

TEST_CASE("toml guard: Latvian text in strings and comments passes unchanged") {
    std::string text =
        "# Pārvaldība\nname = \"Pārvaldība\" # ā\nx = 'ž'\n"
        "text = \"\"\"\nārējs \"\" \\\" \\\\ \\n ē\n\"\"\"\nlit = '''\nļ\\\n'''\nq = \"\"\ne = \"\\u0101\"\n";
    auto guarded = guard_toml(text);
    CHECK(guarded.error.empty());
    CHECK(guarded.text == text);
}

TEST_CASE("toml guard: a letter after a line-ending backslash is escaped, the value is unchanged") {
    std::string text = "s = \"\"\"viens \\\n   \n  ārējs \\\n\t𝄞\"\"\"\nt = 1\n";
    auto guarded = guard_toml(text);
    REQUIRE(guarded.error.empty());
    CHECK(guarded.text == "s = \"\"\"viens \\\n   \n  \\u0101rējs \\\n\t\\U0001D11E\"\"\"\nt = 1\n");
    auto parsed = toml::parse(guarded.text);
    REQUIRE(parsed);
    CHECK(parsed.table()["s"].value_or(std::string()) == "viens ārējs 𝄞");
}

TEST_CASE("toml guard: a backslash before a non-ASCII letter in a multi-line string is reported") {
    auto escape = guard_toml("s = \"\"\"\nx \\ā\n\"\"\"\n");
    CHECK(escape.error == "nederīga atsoļa virkne '\\ā': slīpsvītru \\ raksta kā \\\\");
    CHECK((escape.line == 2 && escape.column == 4));
    auto not_last = guard_toml("s = \"\"\"x \\  ā\n\"\"\"\n");
    CHECK(not_last.error == "rindas beigu slīpsvītrai \\ jābūt pēdējai rakstzīmei rindā");
    CHECK((not_last.line == 1 && not_last.column == 13));
}

TEST_CASE("toml guard: after an error toml++ reports itself, the rest is passed on unread") {
    std::string unclosed = "a = \"x\nb = ā\n";
    auto guarded = guard_toml(unclosed);
    CHECK(guarded.error.empty());
    CHECK(guarded.text == unclosed);
    CHECK(!toml::parse(guarded.text));
}

TEST_CASE("toml guard: a table header without a name is reported before toml++ asserts one") {
    // Found by tests/fuzz/fuzz_load: "[#" failed toml++'s assertion in parse_key().
    auto hash = guard_toml("a = 1\n[#]\n");
    CHECK(hash.error == "pēc '[' jābūt tabulas nosaukumam");
    CHECK((hash.line == 2 && hash.column == 2));
    CHECK(guard_toml("  [[ =x]]\n").column == 6);
    CHECK(guard_toml("[\n").line == 1);
    CHECK(guard_toml("[ \"a\" ]\n[[b]]\n['c']\n[]\n").error.empty());
    CHECK(guard_toml("m = [\n[1, 2],\n  [#\n]\n").error.empty());  // an array of arrays, not headers
    CHECK(guard_toml("t = { a = [\n[.\n] }\n").error.empty());
}

TEST_CASE("toml guard: a value toml++ reads to its end is checked to its end, brackets and quotes too") {
    // Found by the load fuzzer: "variants =+[" made toml++ read '+', '[', '"' and then ask its
    // white-space table of a Latvian letter (undefined behaviour in toml++ 3.3.0).
    auto sign = guard_toml("variants =+[\"Dalībnieku iesaiste\"]\n");
    CHECK(sign.error ==
          "'+[\"Dalībnieku iesaiste\"]' nav vērtība, ko TOML var nolasīt: tekstu raksta pēdiņās (\"…\"), sarakstu – "
          "kvadrātiekavās ([…])");
    CHECK((sign.line == 1 && sign.column == 11));  // at the value's start, where the stray sign is
    CHECK(guard_toml("a = [1, 2{\"ā\"}]\n").column == 9);
    CHECK(guard_toml("a = [\n  -[\"ā\"]\n]\n").line == 2);
    CHECK(guard_toml("t = { a = 1[\"ā\"] }\n").column == 11);
    // Values toml++ ends where TOML does pass unchanged, Latvian strings after them too.
    const char* fine =
        "a = [1, -2, +3.5, 0x1F, true, inf,]\nd = 1979-05-27 07:32:00\nt = { n = 1, s = \"ā\" }\n"
        "e = []\nf = [ ]\ng = [\n]\nh = {}\ns = \"ē\"\n";
    CHECK(guard_toml(fine).read_to_end);
    CHECK(guard_toml(fine).text == fine);
}

TEST_CASE("toml guard: a quote glued to unquoted text does not open a string") {
    // Found by tests/fuzz/fuzz_load: in `name =1"Zināšanu…"` toml++ reads 1"Zin… as one value.
    auto glued = guard_toml("name =1\"Zināšanu\"\n");
    CHECK(glued.error ==
          "'1\"Zināšanu\"' nav vērtība, ko TOML var nolasīt: tekstu raksta pēdiņās (\"…\"), sarakstu – kvadrātiekavās "
          "([…])");
    CHECK(!guard_toml("a = 1.'ž'\n").error.empty());
    CHECK(guard_toml("a.\"ž\".'ā' = 1\n[b . \"ē\"]\nc = { d.\"ī\" = [\"ū\", 'ļ'], \"ņ\" = 2 }\n").read_to_end);
    // Found by make fuzz: after the first glued quote toml++ reads on through the others.
    auto tripled = guard_toml("institution =2\"\"\"konkrētas\"\"\"\n");
    CHECK(tripled.error ==
          "'2\"\"\"konkrētas\"\"\"' nav vērtība, ko TOML var nolasīt: tekstu raksta pēdiņās (\"…\"), sarakstu – "
          "kvadrātiekavās ([…])");
    CHECK(guard_toml("a = [1\"\"ž\"]\n").column == 6);
    CHECK(guard_toml("a = 1\"x\" # ā\nb = 'ē'\n").read_to_end);
    std::string after_value = "a = \"x\" \"ā\"\n";
    CHECK(guard_toml(after_value).error.empty());  // toml++ stops at the second quote itself
    CHECK(!guard_toml(after_value).read_to_end);
    CHECK(guard_toml(after_value).text == after_value);
}

TEST_CASE("toml guard: every TOML file of the shipped corpus is read to its end, unchanged") {
    namespace fs = std::filesystem;
    int files = 0;
    for (const char* dir : {"content", "data", "content/tasks", "content/cards"}) {
        for (const auto& entry : fs::directory_iterator(fs::path(PVPP_SOURCE_DIR) / dir)) {
            if (entry.path().extension() != ".toml") { continue; }
            std::string text = pvpp::test::read_file(entry.path());
            auto guarded = guard_toml(text);
            CAPTURE(entry.path().string());
            CHECK(guarded.read_to_end);
            CHECK(guarded.text == text);
            ++files;
        }
    }
    CHECK(files > 40);
}

TEST_CASE("toml guard: curly quotes and invisible spaces from a word processor are named, at their place") {
    auto opening = guard_toml("a = 1\nname = „Īstenošana“\n");
    CHECK(opening.error == "'„' ir tipogrāfiskā pēdiņa: TOML tekstu raksta taisnajās pēdiņās (\"…\")");
    CHECK((opening.line == 2 && opening.column == 8));
    CHECK(guard_toml("a = «x»").error.find("'«'") == 0);
    CHECK(guard_toml("a = ‘x’").error.find("'‘'") == 0);
    auto closing = guard_toml("name = \"Nozares mērogs” \r\nb = 2\n");
    CHECK(closing.error.find("'”'") == 0);
    CHECK((closing.line == 1 && closing.column == 23));
    auto space = guard_toml("[[level]]\nname\u00a0= \"x\"\n");
    CHECK(space.error ==
          "neredzama rakstzīme (U+00A0) vietā, kur TOML atļauj tikai parastu atstarpi: izdzēsiet to "
          "vai ierakstiet parastu atstarpi");
    CHECK((space.line == 2 && space.column == 5));
    CHECK(guard_toml("a =\u200b1").error.find("U+200B") != std::string::npos);
    CHECK(guard_toml("a = 1\n\ufeffb = 2").error.find("U+FEFF") != std::string::npos);
}

TEST_CASE("toml guard: curly quotes inside strings and comments are text, and an unclosed string is toml++'s") {
    std::string text = "# „x“\na = \"viņš teica „jā“\"\nb = '«x»'\nc = \"\"\"\n“ā”\n\"\"\"\n";
    auto guarded = guard_toml(text);
    CHECK(guarded.error.empty());
    CHECK(guarded.text == text);
    for (const char* unclosed : {"a = \"teica „jā“ un\nb = 1\n", "a = \"teica „jā“\nb = 1\n", "a = \"\n"}) {
        CAPTURE(unclosed);
        auto guarded_unclosed = guard_toml(unclosed);
        CHECK(guarded_unclosed.error.empty());
        CHECK_FALSE(guarded_unclosed.read_to_end);
    }
}
