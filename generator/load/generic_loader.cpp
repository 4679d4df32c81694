// Records of a kind with no struct of its own: each [[table]] of its file read field by
// field as its descriptor lists them (model/record_kinds.h), positions kept.
#include "load/record_loaders.h"
#include "model/record_kinds.h"

namespace pvpp {
namespace {

// "[[risk]]" → "risk".
std::string table_key(const RecordKindInfo& kind) {
    std::string t = kind.table;
    while (!t.empty() && t.front() == '[') { t.erase(t.begin()); }
    while (!t.empty() && t.back() == ']') { t.pop_back(); }
    return t;
}

GenericField read_field(TableReader& t, const FieldInfo& f) {
    GenericField out;
    out.key = f.key;
    switch (f.type) {
        case FieldKind::text: out.value = t.string(f.key); break;
        case FieldKind::markdown: out.text = read_markdown(t, f.key); break;
        case FieldKind::refs: out.refs = t.refs(f.key); break;
    }
    return out;
}

}  // namespace

void load_generic(TableReader& root, EntityKind kind, Corpus& corpus) {
    const RecordKindInfo& info = record_kind(kind);
    auto& records = corpus.records[kind];
    for (auto& t : root.tables(table_key(info))) {
        GenericRecord r;
        r.loc = t.loc();
        r.id = t.string("id", true);
        r.name = t.string("name", true);
        for (const auto& f : info.fields) { r.fields.push_back(read_field(t, f)); }
        t.finish();
        records.push_back(std::move(r));
    }
}

}  // namespace pvpp
