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

// A single reference is written as a string and kept with its position, so it is checked.
std::vector<Ref> read_ref(TableReader& t, const FieldInfo& f) {
    std::string id = t.string(f.key, !f.optional);
    if (id.empty()) { return {}; }
    return {{id, t.value_loc(f.key)}};
}

GenericField read_field(TableReader& t, const FieldInfo& f) {
    GenericField out;
    out.key = f.key;
    switch (f.type) {
        case FieldKind::text: out.value = t.string(f.key); break;
        case FieldKind::markdown: out.text = read_markdown(t, f.key); break;
        case FieldKind::ref: out.refs = read_ref(t, f); break;
        case FieldKind::refs: out.refs = t.refs(f.key); break;
        case FieldKind::strings: out.strings = t.strings(f.key); break;
        case FieldKind::number: out.number = t.integer(f.key); break;
        case FieldKind::flag: out.flag = t.boolean(f.key); break;
        case FieldKind::date: out.date = t.date(f.key); break;
        case FieldKind::schedule: out.schedule = read_schedule(t); break;
    }
    if (f.type == FieldKind::ref && !out.refs.empty()) { out.value = out.refs[0].id; }
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
        r.fields = {{"id", r.id}, {"name", r.name}};  // the two fields every kind starts with
        for (std::size_t i = 2; i < info.fields.size(); ++i) { r.fields.push_back(read_field(t, info.fields[i])); }
        t.finish();
        records.push_back(std::move(r));
    }
}

}  // namespace pvpp
