#include <doctest/doctest.h>

#include "util/message.h"

using pvpp::fill;

TEST_CASE("fill puts arguments at their numbered places, in any order") {
    CHECK(fill("unknown {1} '{2}'", {"task", "PU2-1"}) == "unknown task 'PU2-1'");
    CHECK(fill("'{2}' nav {1}", {"uzdevums", "PU2-1"}) == "'PU2-1' nav uzdevums");
}

TEST_CASE("fill leaves braces that are not a place alone") {
    CHECK(fill("{x} {} {3}", {"a"}) == "{x} {} {3}");
    CHECK(fill("end {", {}) == "end {");
}

TEST_CASE("an id the catalog does not hold comes back unchanged") {
    CHECK(std::string(_("no such message id in any catalog")) == "no such message id in any catalog");
}
