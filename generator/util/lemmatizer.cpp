#include "util/lemmatizer.h"

#include <filesystem>

#include <hunspell/hunspell.hxx>

#include "util/lower_case.h"

namespace pvpp {

Lemmatizer::Lemmatizer(const std::string& dictionary_dir) {
    std::string base = dictionary_dir + "/lv_LV";
    std::error_code ec;
    if (std::filesystem::exists(base + ".aff", ec) && std::filesystem::exists(base + ".dic", ec)) {
        m_hunspell = std::make_unique<Hunspell>((base + ".aff").c_str(), (base + ".dic").c_str());
    }
}

Lemmatizer::~Lemmatizer() = default;

const std::vector<std::string>& Lemmatizer::lemmas(std::string_view word) const {
    std::string lower = lower_latvian(word);
    std::lock_guard<std::mutex> lock(m_mutex);
    auto it = m_cache.find(lower);
    if (it != m_cache.end()) { return it->second; }
    std::vector<std::string> out = {lower};
    if (m_hunspell) {
        for (auto& stem : m_hunspell->stem(lower)) {
            if (stem != lower) { out.push_back(lower_latvian(stem)); }
        }
    }
    return m_cache.emplace(lower, std::move(out)).first->second;
}

}  // namespace pvpp
