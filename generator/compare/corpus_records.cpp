// Where the corpus's records show on the live site.
#include <algorithm>

#include "compare/records.h"

namespace pvpp {

std::string LivePlaces::showing(const std::string& kind) const {
    if (kind.empty()) { return ""; }
    for (const auto& p : m_corpus.site.pages) {
        if (p.shows == kind) { return p.slug; }
    }
    for (const auto& p : m_corpus.site.pages) {
        if (std::any_of(p.sections.begin(), p.sections.end(), [&](const LiveSection& s) { return s.shows == kind; })) {
            return p.slug;
        }
    }
    return "";
}

std::string LivePlaces::own_page(const Capability& c) const {
    if (!c.slug.empty()) { return c.slug; }
    std::string parent = c.code.substr(0, c.code.find('-'));
    auto it = std::find_if(m_corpus.capabilities.begin(), m_corpus.capabilities.end(),
                           [&](const Capability& p) { return p.code == parent && &p != &c; });
    return it == m_corpus.capabilities.end() ? "" : it->slug;
}

std::string role_label(const Corpus& corpus, const std::string& id) {
    for (const auto& r : corpus.roles) {
        if (r.id == id) { return std::to_string(r.number) + ". loma \"" + r.name + "\""; }
    }
    return id;
}

}  // namespace pvpp
