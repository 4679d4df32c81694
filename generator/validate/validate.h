// Entry point of validation: every cross-reference and rule, all findings at once.
#pragma once
#include "diag/diagnostics.h"
#include "validate/corpus_index.h"

namespace pvpp {

/// Builds the index and runs every check; findings go to diags.
CorpusIndex validate(const Corpus& corpus, Diagnostics& diags);

}  // namespace pvpp
