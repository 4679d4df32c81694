// Where a code in the corpus points on the site, shared by every renderer that links to it.
#pragma once
#include <string>

#include "model/entity.h"
#include "validate/corpus_index.h"

namespace pvpp {

/// A place on the site: a page folder (site-relative, ending in '/') and an optional anchor.
struct SiteTarget {
    std::string folder;
    std::string anchor;

    bool empty() const { return folder.empty() && anchor.empty(); }
};

/// The page a code names; empty when the corpus has no such record. A capability
/// sub-item (S2-4) is an anchor on its parent's page.
SiteTarget code_target(const CorpusIndex& index, EntityKind kind, const std::string& code);

/// The page a whole string names when it is exactly one code of the corpus, else empty.
SiteTarget code_target(const CorpusIndex& index, const std::string& code);

}  // namespace pvpp
