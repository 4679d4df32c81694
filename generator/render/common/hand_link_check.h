// The links and images written in the corpus's Markdown, checked against the site that was
// rendered from it: each finding at the line and column the editor wrote, once, however many
// pages (and cards and CMS fragments) show the text.
#pragma once
#include "diag/diagnostics.h"
#include "model/corpus.h"
#include "render/common/hand_links.h"
#include "render/common/link_check.h"

namespace pvpp {

/// Reports each written link to a page, file or anchor the site does not have, each image
/// that content/images/ does not hold, and each address that cannot work (out of the site,
/// an image from elsewhere in the site).
void check_hand_links(const Corpus& corpus, const HandLinks& links, const SiteIds& site, Diagnostics& diags);

}  // namespace pvpp
