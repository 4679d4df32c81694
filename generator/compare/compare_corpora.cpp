// Two corpora compared, and the live pages (data/site.toml chapters, the
// capabilities' own pages, the prose pages marked live) whose content the changes touch.
#include <algorithm>

#include "compare/change.h"

namespace pvpp {
namespace {

std::vector<LivePageLink> live_pages_of(const Corpus& corpus) {
    std::string base = corpus.site.base_url;
    while (!base.empty() && base.back() == '/') { base.pop_back(); }
    std::vector<LivePageLink> pages;
    for (const auto& p : corpus.site.pages) {
        pages.push_back({p.slug, p.title.empty() ? p.slug : p.title, base + "/lv/" + p.slug});
    }
    for (const auto& c : corpus.capabilities) {
        if (!c.slug.empty()) { pages.push_back({c.slug, c.code + " " + c.name, base + "/lv/" + c.slug}); }
    }
    for (const auto& p : corpus.pages) {
        if (p.live) { pages.push_back({p.slug, p.title, base + "/lv/" + p.slug}); }
    }
    return pages;
}

std::vector<LivePageLink> touched(const std::vector<Change>& changes, const Corpus& old_corpus,
                                  const Corpus& new_corpus) {
    std::vector<LivePageLink> out;
    for (const Corpus* corpus : {&new_corpus, &old_corpus}) {
        for (auto& page : live_pages_of(*corpus)) {
            bool listed = std::any_of(out.begin(), out.end(), [&](const LivePageLink& l) { return l.slug == page.slug; });
            bool hit = std::any_of(changes.begin(), changes.end(), [&](const Change& c) {
                return std::find(c.pages.begin(), c.pages.end(), page.slug) != c.pages.end();
            });
            if (hit && !listed) { out.push_back(std::move(page)); }
        }
    }
    return out;
}

}  // namespace

ChangeSet compare_corpora(const Corpus& old_corpus, const Corpus& new_corpus) {
    ChangeSet set;
    set.changes = compare_records(corpus_records(old_corpus), corpus_records(new_corpus));
    set.live_pages = touched(set.changes, old_corpus, new_corpus);
    return set;
}

}  // namespace pvpp
