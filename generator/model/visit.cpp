#include "model/visit.h"

#include "model/record_kinds.h"

namespace pvpp {

void visit_texts(const Corpus& corpus, const TextVisitor& fn) {
    auto non_empty = [&](const EntityKey& owner, const Text& t) {
        if (!t.empty()) { fn(owner, t); }
    };
    for (const auto& k : record_kinds()) {
        if (k.texts) { k.texts(corpus, non_empty); }
        const auto& fields = k.fields;
        visit_records(corpus, k.kind, [&](const RecordView& r) {
            for (std::size_t i = 0; i < fields.size(); ++i) {
                if (fields[i].type == FieldKind::markdown) { non_empty(r.key, *field_value(r, fields[i], i).text); }
            }
        });
    }
}

}  // namespace pvpp
