#include "model/visit.h"

#include "model/record_kinds.h"

namespace pvpp {

void visit_texts(const Corpus& corpus, const TextVisitor& fn) {
    auto non_empty = [&](const EntityKey& owner, const Text& t) {
        if (!t.empty()) { fn(owner, t); }
    };
    for (const auto& k : record_kinds()) {
        if (k.texts) { k.texts(corpus, non_empty); }
    }
    visit_generic(corpus, FieldKind::markdown,
                  [&](const EntityKey& owner, const FieldInfo&, const GenericField& v) { non_empty(owner, v.text); });
}

}  // namespace pvpp
