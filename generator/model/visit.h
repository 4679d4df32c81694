// Walks every Markdown field of the corpus, so checks and indexes miss none.
#pragma once
#include <functional>

#include "model/corpus.h"

namespace pvpp {

/// Calls fn for each non-empty Text field of the corpus, in corpus order.
void visit_texts(const Corpus& corpus, const std::function<void(const Text&)>& fn);

}  // namespace pvpp
