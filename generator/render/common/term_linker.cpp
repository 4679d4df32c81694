#include "render/common/term_linker.h"

#include <algorithm>
#include <set>

#include "util/words.h"

namespace pvpp {
namespace {

bool share_any(const std::vector<int>& a, const std::vector<int>& b) {
    return std::any_of(a.begin(), a.end(), [&](int x) { return std::find(b.begin(), b.end(), x) != b.end(); });
}

// Words of a term may be separated by spaces, quotes or a slash, never by sentence punctuation.
bool joins_words(std::string_view gap) {
    if (gap == " ") { return true; }  // by far the most common gap: no set lookup
    static const std::set<std::string_view> k_allowed = {" ", "\"", "“", "”", "„", "«", "»", "/", "\n"};
    std::size_t pos = 0;
    while (pos < gap.size()) {
        std::size_t len = (static_cast<unsigned char>(gap[pos]) < 0x80) ? 1 : ((static_cast<unsigned char>(gap[pos]) >= 0xE0) ? 3 : 2);
        if (!k_allowed.count(gap.substr(pos, len))) { return false; }
        pos += len;
    }
    return true;
}

}  // namespace

TermLinker::TermLinker(const std::vector<Term>& terms, const Lemmatizer& lemmatizer) : m_lemmatizer(lemmatizer) {
    for (const auto& t : terms) {
        std::vector<std::string> phrases = t.forms;
        phrases.push_back(t.name);
        for (const auto& phrase : phrases) {
            Pattern p{t.id, {}};
            for (const auto& w : split_words(phrase)) {
                LemmaIds ids;
                for (const auto& lemma : lemmatizer.lemmas(phrase.substr(w.offset, w.length))) {
                    ids.push_back(m_ids.emplace(lemma, static_cast<LemmaId>(m_ids.size())).first->second);
                }
                p.words.push_back(std::move(ids));
            }
            if (p.words.empty()) { continue; }
            for (LemmaId first : p.words.front()) { m_by_first_lemma[first].push_back(p); }
        }
    }
    // Longest first: the first pattern that matches at a position is the one that wins there.
    for (auto& [first, patterns] : m_by_first_lemma) {
        std::stable_sort(patterns.begin(), patterns.end(),
                         [](const Pattern& a, const Pattern& b) { return a.words.size() > b.words.size(); });
    }
}

// The word's lemmas that occur in some term; the others can match nothing.
TermLinker::LemmaIds TermLinker::known_lemmas(std::string_view word) const {
    LemmaIds ids;
    for (const auto& lemma : m_lemmatizer.lemmas(word)) {
        auto it = m_ids.find(lemma);
        if (it != m_ids.end()) { ids.push_back(it->second); }
    }
    return ids;
}

// words[k]'s lemma sets are looked up once per text (lemmas), not once per candidate pattern.
bool TermLinker::matches(const Pattern& p, const std::string& text, const std::vector<WordSpan>& words,
                         const std::vector<LemmaIds>& lemmas, std::size_t first) const {
    if (first + p.words.size() > words.size()) { return false; }
    for (std::size_t k = 1; k < p.words.size(); ++k) {  // word 0 matched: the pattern was found by it
        if (!share_any(lemmas[first + k], p.words[k])) { return false; }
        const WordSpan& prev = words[first + k - 1];
        const WordSpan& w = words[first + k];
        if (!joins_words(std::string_view(text).substr(prev.offset + prev.length, w.offset - prev.offset - prev.length))) {
            return false;
        }
    }
    return true;
}

std::vector<TermUse> TermLinker::find(const std::string& text) const {
    std::vector<TermUse> uses;
    std::vector<WordSpan> words = split_words(text);
    std::vector<LemmaIds> lemmas(words.size());
    for (std::size_t i = 0; i < words.size(); ++i) {
        lemmas[i] = known_lemmas(std::string_view(text).substr(words[i].offset, words[i].length));
    }
    for (std::size_t i = 0; i < words.size();) {
        const Pattern* best = nullptr;
        for (LemmaId lemma : lemmas[i]) {
            auto it = m_by_first_lemma.find(lemma);
            if (it == m_by_first_lemma.end()) { continue; }
            for (const auto& p : it->second) {
                if (best && p.words.size() <= best->words.size()) { break; }  // sorted longest first
                if (matches(p, text, words, lemmas, i)) { best = &p; }
            }
        }
        if (!best) {
            ++i;
            continue;
        }
        const WordSpan& last = words[i + best->words.size() - 1];
        uses.push_back({words[i].offset, last.offset + last.length - words[i].offset, best->term_id});
        i += best->words.size();
    }
    return uses;
}

}  // namespace pvpp
