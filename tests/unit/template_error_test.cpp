// ctemplate names no line in its errors; pvpp finds it by parsing the template line by line.
#include "render/common/template_error.h"

#include <doctest/doctest.h>

#include <iostream>

#include "render/common/theme.h"
#include "util/parallel.h"

using pvpp::template_error_line;

TEST_CASE("a wrong end tag is found on its own line, not where its section opened") {
    CHECK(template_error_line("<p>\n{{#A}}\n<b>{{X}}</b>\n\n{{/B}}\n<p>\n") == 5);
}

TEST_CASE("a section never closed is found where it opens") {
    CHECK(template_error_line("{{#A}}x{{/A}}\n<p>\n{{#B}}\n<i>{{X}}</i>\n</p>\n") == 3);
}

TEST_CASE("an unterminated marker is found where it starts") {
    CHECK(template_error_line("<p>\n<b>{{X\n</b>\n<i>{{Y}}</i>\n") == 2);
}

TEST_CASE("an auto-escape error is found on its line") {
    CHECK(template_error_line("{{%AUTOESCAPE context=\"HTML\"}}\n<p>\n<a href={{U}}>x</a>\n") == 3);
}

// Renderers load their themes side by side; the capture of ctemplate's complaints swaps
// std::cerr's buffer, and interleaved swaps once left cerr on a dead buffer (a crash).
TEST_CASE("themes loaded on many threads at once leave std::cerr as it was") {
    std::streambuf* before = std::cerr.rdbuf();
    pvpp::parallel_for(32, [](std::size_t) {
        pvpp::Theme theme;
        pvpp::Diagnostics diags;
        theme.load(PVPP_SOURCE_DIR, "default", {"layout.tpl", "page.tpl"}, diags);
    }, 8);
    CHECK(std::cerr.rdbuf() == before);
}
