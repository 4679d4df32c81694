// Slugs become folders under output/: each must be safe and claimed once.
#include <map>

#include <algorithm>

#include "util/message.h"
#include "util/slug.h"
#include "util/text.h"
#include "validate/checks.h"

namespace pvpp {
namespace {

void claim(std::map<std::string, SourceLoc>& claimed, const std::string& slug, const SourceLoc& loc,
           Diagnostics& diags) {
    if (slug.empty()) { return; }
    if (std::string problem = slug_problem(slug); !problem.empty()) {
        diags.error(loc, fill(problem, {fill(_("slug '{1}'"), {slug})}));
        return;
    }
    const auto& generated = generated_page_slugs();
    if (std::find(generated.begin(), generated.end(), slug) != generated.end()) {
        diags.error(loc, fill(_("slug '{1}' would take lv/{1}/, a page the site makes itself"), {slug}));
        return;
    }
    auto [it, inserted] = claimed.emplace(slug, loc);
    if (!inserted) {
        diags.error(loc,
                    fill(_("the URL lv/{1}/ is already claimed at {2}:{3}:{4}"),
                         {slug, it->second.file, std::to_string(it->second.line), std::to_string(it->second.column)}));
    }
}

void check_shows(const std::string& shows, const SourceLoc& loc, Diagnostics& diags) {
    const auto kinds = live_page_kinds();
    if (shows.empty() || std::find(kinds.begin(), kinds.end(), shows) != kinds.end()) { return; }
    std::string guess = nearest(shows, kinds);
    std::string message = guess.empty() ? fill(_("a page cannot show '{1}'"), {shows})
                                        : fill(_("a page cannot show '{1}' (did you mean {2}?)"), {shows, guess});
    diags.error(loc, message);
}

}  // namespace

void check_urls(const Corpus& corpus, Diagnostics& diags) {
    for (const auto& p : corpus.site.pages) {
        check_shows(p.shows, p.shows_loc, diags);
        for (const auto& s : p.sections) { check_shows(s.shows, s.loc, diags); }
    }
    std::map<std::string, SourceLoc> claimed;
    for (const auto& p : corpus.site.pages) { claim(claimed, p.slug, p.slug_loc, diags); }
    for (const auto& p : corpus.pages) { claim(claimed, p.slug, p.slug_loc, diags); }
    for (const auto& c : corpus.capabilities) { claim(claimed, c.slug, c.slug_loc, diags); }
}

}  // namespace pvpp
