// Word-level differences (util/word_diff): what a reader sees marked as removed and added.
#include <doctest/doctest.h>

#include "util/word_diff.h"

using namespace pvpp;
using Op = DiffPiece::Op;

namespace {

// The pieces as "text[-removed-]{+added+}text", to compare whole results at a glance.
std::string marked(const std::vector<DiffPiece>& pieces) {
    std::string out;
    for (const auto& p : pieces) {
        if (p.op == Op::same) { out += p.text; }
        if (p.op == Op::removed) { out += "[-" + p.text + "-]"; }
        if (p.op == Op::added) { out += "{+" + p.text + "+}"; }
    }
    return out;
}

}  // namespace

TEST_CASE("diff_words marks the changed word and keeps the rest") {
    CHECK(marked(diff_words("tiek koordinēta sadarbība", "tiek plānota sadarbība")) ==
          "tiek [-koordinēta-]{+plānota+} sadarbība");
}

TEST_CASE("diff_words marks words added at the end and words removed at the start") {
    CHECK(marked(diff_words("pakalpojuma saimnieks", "pakalpojuma saimnieks un sniedzējs")) ==
          "pakalpojuma saimnieks{+ un sniedzējs+}");
    CHECK(marked(diff_words("konkrēta iestāde", "iestāde")) == "[-konkrēta -]iestāde");
}

TEST_CASE("diff_words joins two changed words separated by a space into one replacement") {
    CHECK(marked(diff_words("a bb cc d", "a xx yy d")) == "a [-bb cc-]{+xx yy+} d");
}

TEST_CASE("diff_words sees a changed ending of an inflected word as a changed word") {
    CHECK(marked(diff_words("pakalpojuma saimniekam", "pakalpojuma saimnieks")) ==
          "pakalpojuma [-saimniekam-]{+saimnieks+}");
}

TEST_CASE("diff_words of equal texts is one unchanged piece, of empty texts nothing") {
    auto same = diff_words("Partneru pārvaldība", "Partneru pārvaldība");
    REQUIRE(same.size() == 1);
    CHECK(same[0] == DiffPiece{Op::same, "Partneru pārvaldība"});
    CHECK(diff_words("", "").empty());
    CHECK(marked(diff_words("", "jauns teksts")) == "{+jauns teksts+}");
}

TEST_CASE("diff_words keeps line breaks of Markdown lists") {
    CHECK(marked(diff_words("- viens\n- divi\n", "- viens\n- trīs\n")) == "- viens\n- [-divi-]{+trīs+}\n");
}

TEST_CASE("diff_items lists removed and added items where they stood") {
    CHECK(marked(diff_items({"PU2-1", "PU2-2", "PU2-3"}, {"PU2-1", "PU2-3", "PU2-5"})) ==
          "PU2-1[-PU2-2-]PU2-3{+PU2-5+}");
    CHECK(diff_items({"a", "b"}, {"a", "b"}).size() == 2);
}

TEST_CASE("trim_context shortens long unchanged runs around a change") {
    auto pieces = diff_words("viens divi trīs četri pieci seši septiņi astoņi deviņi desmit",
                             "viens divi trīs četri pieci SEŠI septiņi astoņi deviņi desmit");
    CHECK(marked(trim_context(pieces, 2)) == "… četri pieci [-seši-]{+SEŠI+} septiņi astoņi …");
    CHECK(marked(trim_context(pieces, 0)) == marked(pieces));
    auto two = diff_words("a b c d e f g h i j k", "X b c d e f g h i j Y");
    CHECK(marked(trim_context(two, 2)) == "[-a-]{+X+} b c … i j [-k-]{+Y+}");
}
