// Latvian word forms to their lemmas with Debian's hunspell-lv dictionary
// ("saimniekam" → "saimnieks"), cached because the same words recur on every page,
// and between builds (cache_text), because loading the dictionary takes ~0.1 s.
#pragma once
#include <atomic>
#include <functional>
#include <future>
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
    /// Where Debian's hunspell-lv puts lv_LV.aff and lv_LV.dic.
    static std::string default_dictionary_dir() { return "/usr/share/hunspell"; }
    /// Uses dictionary_dir/lv_LV.{aff,dic}; without them, a word is its only lemma.
    /// `cache` is a previous build's cache_text(): when it was made with the same
    /// dictionary its words are answered without Hunspell, which then loads only for
    /// a word the cache lacks. Without a usable cache the dictionary loads at once,
    /// on a thread of its own, while the caller goes on (loading the corpus).
    explicit Lemmatizer(const std::string& dictionary_dir = default_dictionary_dir(), std::string_view cache = {});
    ~Lemmatizer();
    Lemmatizer(const Lemmatizer&) = delete;
    Lemmatizer& operator=(const Lemmatizer&) = delete;

    /// True when the hunspell dictionary files were found.
    bool has_dictionary() const { return !m_identity.empty(); }
    /// The lower-cased word and every lemma Hunspell gives for it. Thread-safe.
    const std::vector<std::string>& lemmas(std::string_view word) const;
    /// Every word looked up so far with its lemmas, sorted, headed by the dictionary's
    /// identity: what the next build passes as `cache`. "" without a dictionary.
    std::string cache_text() const;

private:
    struct Hash {
        using is_transparent = void;
        std::size_t operator()(std::string_view s) const { return std::hash<std::string_view>{}(s); }
    };
    struct Known {
        std::vector<std::string> lemmas;
        mutable std::atomic<bool> used{false};
    };
    using KnownMap = std::unordered_map<std::string, Known, Hash, std::equal_to<>>;
    using LookedUpMap = std::unordered_map<std::string, std::vector<std::string>, Hash, std::equal_to<>>;

    void read_cache(std::string_view cache);
    void load_dictionary() const;
    const std::vector<std::string>& look_up(std::string lower) const;

    std::string m_aff, m_dic, m_identity;
    KnownMap m_known;  ///< from the cache; never changes after construction, so read without a lock
    mutable std::once_flag m_load_once;
    mutable std::unique_ptr<Hunspell> m_hunspell;
    std::future<void> m_background_load;
    mutable std::mutex m_mutex;  ///< guards m_looked_up and Hunspell, which is not thread-safe
    mutable LookedUpMap m_looked_up;
};

}  // namespace pvpp
