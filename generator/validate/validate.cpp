#include "validate/validate.h"

#include "validate/checks.h"

namespace pvpp {

CorpusIndex validate(const Corpus& corpus, Diagnostics& diags) {
    if (corpus.kind == CorpusKind::content_folder) {  // plain pages: no codes, no records to index
        check_content_pages(corpus, diags);
        return {};
    }
    CorpusIndex index = build_index(corpus, diags);
    check_references(corpus, index, diags);
    check_codes_in_text(corpus, index, diags);
    check_rules(corpus, index, diags);
    check_urls(corpus, diags);
    check_slips(corpus, index, diags);
    check_plan_slips(corpus, index, diags);
    check_provenance(corpus, diags);
    collect_backlinks(corpus, index);
    return index;
}

}  // namespace pvpp
