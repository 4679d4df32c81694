// A content folder's pages become folders under output/site/: each is claimed once
// (content/a.md and content/a/_index.md would both be a/).
#include <map>

#include "util/message.h"
#include "validate/checks.h"

namespace pvpp {

void check_content_pages(const Corpus& corpus, Diagnostics& diags) {
    std::map<std::string, SourceLoc> claimed;
    for (const auto& page : corpus.content_pages) {
        auto [it, inserted] = claimed.emplace(page.folder, page.loc);
        if (!inserted) {
            diags.error(page.loc, fill(_("the URL {1} is already claimed at {2}:{3}:{4}"),
                                       {page.folder, it->second.file, std::to_string(it->second.line),
                                        std::to_string(it->second.column)}));
        }
    }
}

}  // namespace pvpp
