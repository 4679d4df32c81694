// The one printer of findings: sorted, with the source line and a caret, then counts.
#include <doctest/doctest.h>

#include <sstream>

#include "diag/diagnostics.h"

using namespace pvpp;

TEST_CASE("diagnostics print sorted by file, line and column, with the line and a caret") {
    Diagnostics d;
    d.remember_source("b.toml", "x = 1\nname = \"Pārvaldība\"\n");
    d.error({"b.toml", 2, 8}, "second");
    d.warning({"a.toml", 3, 1}, "first");
    d.error({"b.toml", 1, 1}, "between");
    std::ostringstream out;
    print_diagnostics(out, d, "root/");
    CHECK(out.str() ==
          "root/a.toml:3:1: brīdinājums: first\n"
          "root/b.toml:1:1: kļūda: between\n"
          "  x = 1\n"
          "  ^\n"
          "root/b.toml:2:8: kļūda: second\n"
          "  name = \"Pārvaldība\"\n"
          "         ^\n"
          "2 kļūdas, 1 brīdinājums\n");
    CHECK(d.error_count() == 2);
    CHECK(d.warning_count() == 1);
}

TEST_CASE("a finding without line or column prints the path alone; no findings print nothing") {
    Diagnostics d;
    std::ostringstream empty;
    print_diagnostics(empty, d, "");
    CHECK(empty.str().empty());
    d.error({"content"}, "no corpus");
    std::ostringstream out;
    print_diagnostics(out, d, "");
    CHECK(out.str() == "content: kļūda: no corpus\n1 kļūda, 0 brīdinājumu\n");
}
