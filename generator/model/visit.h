// Walks every Markdown field of the corpus with the record that owns it, so
// checks, backlinks and indexes miss none.
#pragma once
#include <functional>

#include "model/corpus.h"
#include "model/entity.h"

namespace pvpp {

using TextVisitor = std::function<void(const EntityKey& owner, const Text& text)>;

/// Calls fn for each non-empty Text field of the corpus, in corpus order.
void visit_texts(const Corpus& corpus, const TextVisitor& fn);

}  // namespace pvpp
