// The links and images written in the corpus's Markdown, checked against the site that was
// rendered from it: each finding at the line and column the editor wrote, once, however many
// pages (and cards and CMS fragments) show the text.
#pragma once
#include <string>
#include <vector>

#include "diag/diagnostics.h"
#include "model/corpus.h"
#include "render/common/hand_links.h"
#include "render/common/link_check.h"
#include "util/markdown_parser.h"

namespace pvpp {

/// Reports each written link to a page, file or anchor the site does not have, each image
/// that content/images/ does not hold, and each address that cannot work (out of the site,
/// an image from elsewhere in the site).
void check_hand_links(const Corpus& corpus, const HandLinks& links, const SiteIds& site, Diagnostics& diags);

/// A link as written in a Markdown text, and where.
struct WrittenLink {
    std::string url;
    SourceLoc loc;
};

/// The links (not images) of a Markdown text already parsed into doc.
std::vector<WrittenLink> written_links(const Text& text, cmark_node* doc);

/// The same check for a content folder's page (docs/content-folder.md): its links, read
/// from its own folder, or from the root when they begin with '/'. True when one was reported.
bool check_folder_links(const std::vector<WrittenLink>& links, const std::string& folder, const SiteIds& site,
                        Diagnostics& diags);

}  // namespace pvpp
