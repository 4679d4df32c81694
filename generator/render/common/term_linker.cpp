#include "render/common/term_linker.h"

#include <algorithm>
#include <set>

#include "util/words.h"

namespace pvpp {
namespace {

bool share_any(const std::vector<std::string>& a, const std::vector<std::string>& b) {
    return std::any_of(a.begin(), a.end(), [&](const std::string& x) { return std::find(b.begin(), b.end(), x) != b.end(); });
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
            for (const auto& w : split_words(phrase)) { p.words.push_back(lemmatizer.lemmas(phrase.substr(w.offset, w.length))); }
            if (p.words.empty()) { continue; }
            for (const auto& lemma : p.words.front()) { m_by_first_lemma[lemma].push_back(p); }
        }
    }
}

// words[k]'s lemma sets are looked up once per text (lemmas), not once per candidate pattern.
bool TermLinker::matches(const Pattern& p, const std::string& text, const std::vector<WordSpan>& words,
                         const std::vector<const Lemmas*>& lemmas, std::size_t first) const {
    if (first + p.words.size() > words.size()) { return false; }
    for (std::size_t k = 0; k < p.words.size(); ++k) {
        const WordSpan& w = words[first + k];
        if (k > 0) {
            const WordSpan& prev = words[first + k - 1];
            if (!joins_words(std::string_view(text).substr(prev.offset + prev.length, w.offset - prev.offset - prev.length))) {
                return false;
            }
        }
        if (!share_any(*lemmas[first + k], p.words[k])) { return false; }
    }
    return true;
}

std::vector<TermUse> TermLinker::find(const std::string& text) const {
    std::vector<TermUse> uses;
    std::vector<WordSpan> words = split_words(text);
    std::vector<const Lemmas*> lemmas(words.size());
    for (std::size_t i = 0; i < words.size(); ++i) {
        lemmas[i] = &m_lemmatizer.lemmas(std::string_view(text).substr(words[i].offset, words[i].length));
    }
    for (std::size_t i = 0; i < words.size();) {
        const Pattern* best = nullptr;
        for (const auto& lemma : *lemmas[i]) {
            auto it = m_by_first_lemma.find(lemma);
            if (it == m_by_first_lemma.end()) { continue; }
            for (const auto& p : it->second) {
                if ((!best || p.words.size() > best->words.size()) && matches(p, text, words, lemmas, i)) { best = &p; }
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
