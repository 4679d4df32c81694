// The page of each record of a kind with no struct of its own: its fields as its descriptor
// lists them (plain text and references as fields, Markdown as sections), then its backlinks.
#include "model/record_kinds.h"
#include "render/common/urls.h"
#include "render/html/entity_pages.h"
#include "util/text.h"

namespace pvpp {
namespace {

std::string ref_links(const PageBuilder& b, EntityKind target, const std::vector<Ref>& refs) {
    std::vector<std::string> items;
    for (const auto& r : refs) {
        if (std::string html = record_link(b, {target, r.id}); !html.empty()) { items.push_back(html); }
    }
    return join(items, ", ");
}

void add_field(PageBuilder& b, const FieldInfo& f, const GenericField& v) {
    switch (f.type) {
        case FieldKind::text: b.field(f.label, html_escape(v.value)); break;
        case FieldKind::markdown: b.section(f.label, b.md(v.text)); break;
        case FieldKind::refs: b.field(f.label, ref_links(b, f.target, v.refs)); break;
    }
}

PageView generic_page(const RenderContext& ctx, const RecordKindInfo& kind, const GenericRecord& r) {
    PageBuilder b(ctx, url::of(kind.kind, r.id), upper_first(kind.singular), r.name);
    if (!kind.codes.empty()) { b.view().code = r.id; }
    for (std::size_t i = 0; i < kind.fields.size(); ++i) { add_field(b, kind.fields[i], r.fields[i]); }
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
