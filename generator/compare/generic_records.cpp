// Every kind's records for `pvpp diff`, by one pass over the descriptors: a field per descriptor
// field, then what the kind's shape adds (compare/kind_shapes.cpp).
#include <algorithm>

#include "compare/records.h"

namespace pvpp {
namespace {

bool is_name(const FieldInfo& f) { return std::string_view(f.key) == "name" || std::string_view(f.key) == "title"; }

bool shown(const KindShape* shape, const FieldInfo& f) {
    return shape && std::find(shape->shown.begin(), shape->shown.end(), f.key) != shape->shown.end();
}

// A record is known by its first field, its code or id; a numbered record is written "3.".
Record kind_record(const Corpus& corpus, const RecordKindInfo& info, const KindShape* shape, const RecordView& r) {
    std::string page = live_place(corpus, info.live_shows);
    FieldValue code = field_value(r, info.fields[0], 0);
    std::string id = code.number ? std::to_string(*code.number) : code.value;
    RecordBuilder b({info.kind}, id, std::string(r.name), {page});
    if (code.number) { b.code(id + "."); }
    for (std::size_t i = 1; i < info.fields.size(); ++i) {
        const FieldInfo& f = info.fields[i];
        if (is_name(f)) { continue; }
        b.shown_on(shown(shape, f) ? std::vector<std::string>{page} : std::vector<std::string>{});
        b.field(f, field_value(r, f, i));
    }
    if (shape && shape->record) { shape->record(corpus, r, b.shown_on({})); }
    return b.take();
}

}  // namespace

std::string live_place(const Corpus& corpus, std::string_view shows) {
    const LivePage* page = live_page_showing(corpus, shows);
    return page ? page->slug : "";
}

std::vector<Record> corpus_records(const Corpus& corpus) {
    std::vector<Record> out;
    for (const auto& info : record_kinds()) {
        const KindShape* shape = kind_shape(info.kind);
        visit_records(corpus, info.kind, [&](const RecordView& r) { out.push_back(kind_record(corpus, info, shape, r)); });
        if (shape && shape->parts) { shape->parts(corpus, out); }
    }
    return out;
}

}  // namespace pvpp
