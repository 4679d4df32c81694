// Latvian word forms to their lemmas with Debian's hunspell-lv dictionary
// ("saimniekam" → "saimnieks"), cached because the same words recur on every page.
#pragma once
#include <memory>
#include <mutex>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

class Hunspell;

namespace pvpp {

class Lemmatizer {
public:
    /// Loads the dictionary (about 0.1 s); without it, a word is its only lemma.
    explicit Lemmatizer(const std::string& dictionary_dir = "/usr/share/hunspell");
    ~Lemmatizer();

    /// True when the hunspell dictionary was found and loaded.
    bool has_dictionary() const { return m_hunspell != nullptr; }
    /// The lower-cased word and every lemma Hunspell gives for it. Thread-safe.
    const std::vector<std::string>& lemmas(std::string_view word) const;

private:
    std::unique_ptr<Hunspell> m_hunspell;
    mutable std::mutex m_mutex;
    mutable std::unordered_map<std::string, std::vector<std::string>> m_cache;
};

}  // namespace pvpp
