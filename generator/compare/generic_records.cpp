// The records of each kind with no struct of its own, for `pvpp diff`: a field per descriptor field.
#include "compare/record_builder.h"
#include "compare/records.h"
#include "model/record_kinds.h"
#include "util/lower_case.h"

namespace pvpp {
namespace {

void add_field(RecordBuilder& b, const FieldInfo& f, const GenericField& v) {
    std::string label = lower_latvian(f.label);
    switch (f.type) {
        case FieldKind::text: case FieldKind::ref: b.scalar(label, v.value); break;
        case FieldKind::markdown: b.text(label, v.text); break;
        case FieldKind::refs: b.refs(label, v.refs); break;
        case FieldKind::strings: b.list(label, v.strings); break;
        case FieldKind::number: b.number(label, v.number ? std::optional<int>(static_cast<int>(*v.number)) : std::nullopt); break;
        case FieldKind::flag: b.flag(label, v.flag); break;
        case FieldKind::date: b.date(label, v.date); break;
        case FieldKind::schedule: b.schedule(v.schedule); break;
    }
}

}  // namespace

void add_generic_records(const Corpus& corpus, const LivePlaces& live, std::vector<Record>& out) {
    for (const auto& [kind, records] : corpus.records) {
        const RecordKindInfo& info = record_kind(kind);
        std::string page = *info.live_shows ? live.showing(info.live_shows) : "";
        for (const auto& r : records) {
            RecordBuilder b(generic_record_kind(kind), r.id, r.name, {page});
            for (std::size_t i = 2; i < info.fields.size(); ++i) { add_field(b, info.fields[i], r.fields[i]); }
            out.push_back(b.take());
        }
    }
}

}  // namespace pvpp
