// The validation passes; each reads the corpus and the index and only reports.
#pragma once
#include "diag/diagnostics.h"
#include "validate/corpus_index.h"

namespace pvpp {

CorpusIndex build_index(const Corpus& corpus, Diagnostics& diags);
void check_references(const Corpus& corpus, const CorpusIndex& index, Diagnostics& diags);
void check_codes_in_text(const Corpus& corpus, const CorpusIndex& index, Diagnostics& diags);
void check_rules(const Corpus& corpus, const CorpusIndex& index, Diagnostics& diags);
void check_urls(const Corpus& corpus, Diagnostics& diags);
/// Warns about a record (or a field) that names no source and is not marked inferred or unknown.
void check_provenance(const Corpus& corpus, Diagnostics& diags);
/// Slips that build but not as meant (codes in the wrong case, unclosed fences, one name for two terms): warnings.
void check_slips(const Corpus& corpus, const CorpusIndex& index, Diagnostics& diags);
/// Work-plan ends before their starts (errors); durations and measure dates that disagree with
/// their dates or action line (warnings).
void check_plan_slips(const Corpus& corpus, const CorpusIndex& index, Diagnostics& diags);
/// A content folder: every page folder claimed once.
void check_content_pages(const Corpus& corpus, Diagnostics& diags);
/// Fills index.referrers: record → what refers to it.
void collect_backlinks(const Corpus& corpus, CorpusIndex& index);

}  // namespace pvpp
