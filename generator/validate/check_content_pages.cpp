// A content folder's pages become folders under output/site/: each is claimed once
// (content/a.md and content/a/_index.md would both be a/).
#include <map>

#include "validate/checks.h"

namespace pvpp {

void check_content_pages(const Corpus& corpus, Diagnostics& diags) {
    std::map<std::string, SourceLoc> claimed;
    for (const auto& page : corpus.content_pages) {
        auto [it, inserted] = claimed.emplace(page.folder, page.loc);
        if (!inserted) {
            diags.error(page.loc, "the URL " + page.folder + " is already claimed at " + it->second.file + ":" +
                                      std::to_string(it->second.line) + ":" + std::to_string(it->second.column));
        }
    }
}

}  // namespace pvpp
