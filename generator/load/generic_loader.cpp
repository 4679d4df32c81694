// Records read field by field as their kind's descriptor lists them (model/record_kinds.h): a
// shipped kind's into its struct through each field's setter, a registered kind's into a
// GenericRecord. What the descriptor states is checked here (required keys, allowed values,
// ranges, unknown keys); what a kind holds beyond its fields, its hooks read (load/kind_hooks.cpp).
#include <algorithm>

#include "load/record_loaders.h"
#include "model/record_kinds.h"
#include "util/message.h"

namespace pvpp {
namespace {

// "[[risk]]" → "risk".
std::string table_key(const RecordKindInfo& kind) {
    std::string t = kind.table;
    while (!t.empty() && t.front() == '[') { t.erase(t.begin()); }
    while (!t.empty() && t.back() == ']') { t.pop_back(); }
    return t;
}

// A text, reference or number that is not optional must be written, unless the field says.
bool required(const FieldInfo& f) {
    if (f.required) { return *f.required; }
    return !f.optional && (f.type == FieldKind::text || f.type == FieldKind::ref || f.type == FieldKind::number);
}

// A single reference is written as a string and kept with its position, so it is checked.
GenericField read_ref(TableReader& t, const FieldInfo& f) {
    std::string id = t.string(f.key, required(f));
    if (id.empty()) { return {.key = f.key}; }
    return {.key = f.key, .value = id, .refs = {{id, t.value_loc(f.key)}}};
}

// A field's value as written, in the member its type names.
GenericField read_value(TableReader& t, const FieldInfo& f) {
    switch (f.type) {
        case FieldKind::text:
            return {.key = f.key, .value = t.string(f.key, required(f))};
        case FieldKind::markdown:
            return {.key = f.key, .text = read_markdown(t, f.key, required(f))};
        case FieldKind::ref:
            return read_ref(t, f);
        case FieldKind::refs:
            return {.key = f.key, .refs = t.refs(f.key)};
        case FieldKind::strings:
            return {.key = f.key, .strings = t.strings(f.key)};
        case FieldKind::number:
            return {.key = f.key, .number = t.integer(f.key, required(f))};
        case FieldKind::flag:
            return {.key = f.key, .flag = t.boolean(f.key)};
        case FieldKind::date:
            return {.key = f.key, .date = t.date(f.key)};
        case FieldKind::schedule:
            return {.key = f.key, .schedule = read_schedule(t)};
    }
    return {};
}

// "a", "b" or "c": the values a field allows, as messages list them.
std::string allowed_values(const std::vector<std::string>& values) {
    std::string out;
    for (std::size_t i = 0; i < values.size(); ++i) {
        std::string quoted = "\"" + values[i] + "\"";
        bool last = i > 0 && i + 1 == values.size();
        out = last ? fill(_("{1} or {2}"), {out, quoted}) : out + (i > 0 ? ", " : "") + quoted;
    }
    return out;
}

// The facets the descriptor gives a value: the values a text may take, a number's range.
void check_value(TableReader& t, const FieldInfo& f, const GenericField& v) {
    Diagnostics& diags = t.context().diags;
    bool listed = std::find(f.values.begin(), f.values.end(), v.value) != f.values.end();
    if (!f.values.empty() && !v.value.empty() && !listed) {
        diags.error(t.value_loc(f.key),
                    fill(_("{1} must be {2}, not \"{3}\""), {f.key, allowed_values(f.values), v.value}));
    }
    if (v.number && f.minimum && f.maximum && (*v.number < *f.minimum || *v.number > *f.maximum)) {
        diags.error(t.value_loc(f.key), fill(_("'{1}' must be a number from {2} to {3}"),
                                             {f.key, std::to_string(*f.minimum), std::to_string(*f.maximum)}));
    }
}

// A field as written, checked against the facets of its descriptor.
GenericField read_field(TableReader& t, const FieldInfo& f) {
    GenericField out = read_value(t, f);
    check_value(t, f, out);
    return out;
}

RecordSlot new_record(const RecordKindInfo& info, Corpus& corpus) {
    if (info.append) { return info.append(corpus); }
    GenericRecord& r = corpus.records[info.kind].emplace_back();
    return {&r, &r};
}

// A registered kind keeps every field as read, its id and name also apart.
void keep(GenericRecord& r, GenericField&& v) {
    if (v.key == "id") { r.id = v.value; }
    if (v.key == "name") { r.name = v.value; }
    r.fields.push_back(std::move(v));
}

// The fields of one record of kind that its descriptor says are keys, read into record (a
// shipped kind's struct through the setters, a registered kind's GenericRecord) and checked.
void read_fields(TableReader& t, EntityKind kind, void* record) {
    const RecordKindInfo& info = record_kind(kind);
    if (info.records) { return read_members(t, info.fields, record); }
    for (const auto& f : info.fields) { keep(*static_cast<GenericRecord*>(record), read_field(t, f)); }
}

}  // namespace

// A field with no setter is derived from other keys and not read.
void read_members(TableReader& t, const std::vector<FieldInfo>& fields, void* record) {
    for (const auto& f : fields) {
        if (f.access.set) { f.access.set(record, read_field(t, f)); }
    }
}

void load_record(TableReader& t, EntityKind kind, Corpus& corpus) {
    const KindHooks* hooks = kind_hooks(kind);
    RecordSlot slot = new_record(record_kind(kind), corpus);
    slot.source->loc = t.loc();
    read_fields(t, kind, slot.record);
    if (hooks && hooks->read) { hooks->read(t, slot.record); }
    // After every other key; the parts a hook gave a source of their own (a task's [matrix]) follow.
    slot.source->provenance = read_provenance(t, std::move(slot.source->provenance.fields));
    t.finish();
    if (hooks && hooks->derive) { hooks->derive(slot.record); }
}

void load_records(TableReader& root, EntityKind kind, std::string_view table, Corpus& corpus) {
    for (auto& t : root.tables(table)) { load_record(t, kind, corpus); }
}

void load_kind(TableReader& root, EntityKind kind, Corpus& corpus) {
    load_records(root, kind, table_key(record_kind(kind)), corpus);
    const KindHooks* hooks = kind_hooks(kind);
    if (hooks && hooks->rest) { hooks->rest(root, corpus); }
}

}  // namespace pvpp
