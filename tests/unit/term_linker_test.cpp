// Glossary terms are found in running text in their Latvian forms (hunspell-lv).
#include <doctest/doctest.h>

#include <algorithm>

#include "render/common/term_linker.h"

using namespace pvpp;

namespace {

Term term(const std::string& id, const std::string& name, std::vector<std::string> forms = {}) {
    Term t;
    t.id = id;
    t.name = name;
    t.forms = std::move(forms);
    return t;
}

std::vector<std::string> found(const TermLinker& linker, const std::string& text) {
    std::vector<std::string> out;
    for (const auto& u : linker.find(text)) { out.push_back(u.term_id + "=" + text.substr(u.offset, u.length)); }
    return out;
}

}  // namespace

TEST_CASE("inflected forms of multi-word terms are found by lemma, the longest term first") {
    Lemmatizer lemmatizer;
    REQUIRE(lemmatizer.has_dictionary());
    std::vector<Term> terms = {term("pakalpojums", "Pakalpojums"),
                               term("pakalpojumu-parvaldiba", "Pakalpojumu pārvaldība"),
                               term("kompetencu-centrs", "Kompetenču centrs")};
    TermLinker linker(terms, lemmatizer);
    CHECK(found(linker, "Pakalpojumu pārvaldībai ir nozīme.") ==
          std::vector<std::string>{"pakalpojumu-parvaldiba=Pakalpojumu pārvaldībai"});
    CHECK(found(linker, "Katram pakalpojumam ir saimnieks; kompetenču centriem arī.") ==
          std::vector<std::string>{"pakalpojums=pakalpojumam", "kompetencu-centrs=kompetenču centriem"});
}

TEST_CASE("sentence punctuation breaks a multi-word term; listed forms count too") {
    Lemmatizer lemmatizer;
    std::vector<Term> terms = {term("pakalpojumu-parvaldiba", "Pakalpojumu pārvaldība"),
                               term("virtuals", "\"Virtuāls\" resurss", {"virtuālie resursi"})};
    TermLinker linker(terms, lemmatizer);
    CHECK(found(linker, "pakalpojumu. Pārvaldība").empty());
    CHECK(found(linker, "Tie ir virtuālie resursi.") == std::vector<std::string>{"virtuals=virtuālie resursi"});
    CHECK(found(linker, "\"Virtuāls\" resurss") == std::vector<std::string>{"virtuals=Virtuāls\" resurss"});
}

TEST_CASE("the lemmatizer lower-cases and caches; an unknown word is its own lemma") {
    Lemmatizer lemmatizer;
    const auto& l = lemmatizer.lemmas("Saimniekam");
    CHECK(l.front() == "saimniekam");
    CHECK(std::find(l.begin(), l.end(), "saimnieks") != l.end());
    CHECK(lemmatizer.lemmas("xqzzy") == std::vector<std::string>{"xqzzy"});
    CHECK(&lemmatizer.lemmas("saimniekam") == &l);
}
