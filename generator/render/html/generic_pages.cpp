// The page of each record of a kind with no struct of its own: its fields as its descriptor
// lists them (plain text and references as fields, Markdown as sections), then its backlinks.
#include "model/record_kinds.h"
#include "render/common/urls.h"
#include "render/html/entity_pages.h"
#include "util/text.h"

namespace pvpp {
namespace {

std::string ref_links(const PageBuilder& b, EntityKind target, std::span<const Ref> refs) {
    return join(PageBuilder::items(refs, [&](const Ref& r) { return record_link(b, {target, r.id}); }), ", ");
}

std::string plain(const FieldInfo& f, const FieldValue& v) {
    switch (f.type) {
        case FieldKind::text: return v.value;
        case FieldKind::strings: return join(v.strings, ", ");
        case FieldKind::number: return v.number ? std::to_string(*v.number) : "";
        case FieldKind::flag: return v.flag ? (*v.flag ? "jā" : "nē") : "";
        case FieldKind::date: return v.date ? format_date(*v.date) : "";
        case FieldKind::schedule:
            return v.schedule->start && v.schedule->end
                       ? format_date(*v.schedule->start) + " – " + format_date(*v.schedule->end) : "";
        case FieldKind::markdown: case FieldKind::ref: case FieldKind::refs: return "";
    }
    return "";
}

void add_field(PageBuilder& b, const FieldInfo& f, const FieldValue& v) {
    if (f.type == FieldKind::markdown) { return b.section(f.label, b.md(*v.text)); }
    if (f.type == FieldKind::ref || f.type == FieldKind::refs) {
        return b.field(f.label, ref_links(b, f.target, v.refs));
    }
    b.field(f.label, html_escape(plain(f, v)));
}

PageView generic_page(const RenderContext& ctx, const RecordKindInfo& kind, const GenericRecord& r) {
    PageBuilder b(ctx, url::of(kind.kind, r.id), upper_first(kind.singular), r.name);
    record_header(b, {kind.kind, r.id}, r.provenance);
    for (std::size_t i = 2; i < kind.fields.size(); ++i) { add_field(b, kind.fields[i], field_value(r.fields[i])); }
    backlinks_section(b, {kind.kind, r.id});
    return b.take();
}

}  // namespace

std::vector<PageView> generic_pages(const RenderContext& ctx) {
    std::vector<PageView> pages;
    for (const auto& [kind, records] : ctx.corpus.records) {
        const RecordKindInfo& info = record_kind(kind);
        if (*info.folder == '\0') { continue; }
        for (const auto& r : records) { pages.push_back(generic_page(ctx, info, r)); }
    }
    return pages;
}

}  // namespace pvpp
