// Finds glossary terms in running text in any of their Latvian forms, by lemma
// ("pakalpojuma saimniekam" is a use of "Pakalpojuma saimnieks").
#pragma once
#include <unordered_map>
#include <string>
#include <vector>

#include "model/policy.h"
#include "util/lemmatizer.h"
#include "util/words.h"

namespace pvpp {

/// A use of a term in a text: byte range and the term's id.
struct TermUse {
    std::size_t offset = 0;
    std::size_t length = 0;
    std::string term_id;
};

class TermLinker {
public:
    /// Prepares every term's name and listed forms as sequences of lemma sets.
    TermLinker(const std::vector<Term>& terms, const Lemmatizer& lemmatizer);

    /// Every term use in text, left to right, the longest term winning at a position.
    std::vector<TermUse> find(const std::string& text) const;

private:
    /// A lemma that occurs in some term, as a small number: matching compares numbers,
    /// not strings (the glossary linker ran on every text of the site).
    using LemmaId = int;
    using LemmaIds = std::vector<LemmaId>;
    struct Pattern {
        std::string term_id;
        std::vector<LemmaIds> words;  ///< lemma set per word
    };
    LemmaIds known_lemmas(std::string_view word) const;
    bool matches(const Pattern& p, const std::string& text, const std::vector<WordSpan>& words,
                 const std::vector<LemmaIds>& lemmas, std::size_t first) const;

    const Lemmatizer& m_lemmatizer;
    std::unordered_map<std::string, LemmaId> m_ids;
    std::unordered_map<LemmaId, std::vector<Pattern>> m_by_first_lemma;
};

}  // namespace pvpp
