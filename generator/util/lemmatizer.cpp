#include "util/lemmatizer.h"

#include <algorithm>

#include <hunspell/hunspell.hxx>

#include "util/file_system.h"
#include "util/lower_case.h"
#include "util/text.h"

namespace pvpp {
namespace {

constexpr std::string_view k_cache_magic = "pvpp-lemmas 1 ";

bool needs_lowering(std::string_view word) {
    return std::any_of(word.begin(), word.end(), [](char c) {
        auto b = static_cast<unsigned char>(c);
        return (b >= 'A' && b <= 'Z') || b == 0xC4 || b == 0xC5;
    });
}

}  // namespace

Lemmatizer::Lemmatizer(const std::string& dictionary_dir, std::string_view cache)
    : m_aff(dictionary_dir + "/lv_LV.aff"), m_dic(dictionary_dir + "/lv_LV.dic") {
    std::string aff = file_identity(m_aff), dic = file_identity(m_dic);  // a changed dictionary voids the cache
    if (aff.empty() || dic.empty()) { return; }
    m_identity = aff + " " + dic;
    read_cache(cache);
    if (m_known.empty()) {
        m_background_load = std::async(std::launch::async, [this] { load_dictionary(); });
    }
}

Lemmatizer::~Lemmatizer() {
    if (m_background_load.valid()) { m_background_load.wait(); }
}

// Lines "word<TAB>lemma<TAB>…" after a header naming the dictionary; any other header: no cache.
void Lemmatizer::read_cache(std::string_view cache) {
    std::vector<std::string_view> lines = split_lines(cache);
    if (lines.empty() || lines[0] != std::string(k_cache_magic) + m_identity) { return; }
    for (std::size_t i = 1; i < lines.size(); ++i) {
        std::string_view line = lines[i];
        if (line.empty()) { continue; }
        std::vector<std::string> fields;
        for (std::string_view field : split(line, '\t')) { fields.emplace_back(field); }
        std::string word = fields.front();
        m_known[word].lemmas = std::move(fields);
    }
}

void Lemmatizer::load_dictionary() const {
    std::call_once(m_load_once, [this] { m_hunspell = std::make_unique<Hunspell>(m_aff.c_str(), m_dic.c_str()); });
}

// Most words are in lower case already: they are looked up as they are, with no copy.
const std::vector<std::string>& Lemmatizer::lemmas(std::string_view word) const {
    bool lowered = needs_lowering(word);
    std::string lower = lowered ? lower_latvian(word) : std::string();
    std::string_view key = lowered ? std::string_view(lower) : word;
    auto it = m_known.find(key);
    if (it == m_known.end()) { return look_up(std::string(key)); }
    if (!it->second.used.load(std::memory_order_relaxed)) { it->second.used.store(true, std::memory_order_relaxed); }
    return it->second.lemmas;
}

// A word the cache does not know: Hunspell (loaded now if it was not yet), once per word.
const std::vector<std::string>& Lemmatizer::look_up(std::string lower) const {
    if (has_dictionary()) { load_dictionary(); }
    std::lock_guard<std::mutex> lock(m_mutex);
    auto it = m_looked_up.find(lower);
    if (it != m_looked_up.end()) { return it->second; }
    std::vector<std::string> out = {lower};
    if (m_hunspell) {
        for (auto& stem : m_hunspell->stem(lower)) {
            if (stem != lower) { out.push_back(lower_latvian(stem)); }
        }
    }
    return m_looked_up.emplace(std::move(lower), std::move(out)).first->second;
}

std::string Lemmatizer::cache_text() const {
    if (!has_dictionary()) { return ""; }
    std::vector<const std::vector<std::string>*> entries;
    for (const auto& [word, known] : m_known) {
        if (known.used.load(std::memory_order_relaxed)) { entries.push_back(&known.lemmas); }
    }
    std::lock_guard<std::mutex> lock(m_mutex);
    for (const auto& [word, lemmas] : m_looked_up) { entries.push_back(&lemmas); }
    std::sort(entries.begin(), entries.end(), [](auto* a, auto* b) { return a->front() < b->front(); });
    std::string text = std::string(k_cache_magic) + m_identity + "\n";
    for (const auto* lemmas : entries) { text += join(*lemmas, "\t") + "\n"; }
    return text;
}

}  // namespace pvpp
