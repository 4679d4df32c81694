#include "validate/validate.h"

#include "validate/checks.h"

namespace pvpp {

CorpusIndex validate(const Corpus& corpus, Diagnostics& diags) {
    CorpusIndex index = build_index(corpus, diags);
    check_references(corpus, index, diags);
    check_codes_in_text(corpus, index, diags);
    check_rules(corpus, index, diags);
    check_urls(corpus, diags);
    collect_backlinks(corpus, index);
    return index;
}

}  // namespace pvpp
