// "Saistīts ar": every record page lists what refers to it, computed from the corpus.
#include <algorithm>
#include <array>
#include <optional>

#include "model/record_kinds.h"
#include "render/common/urls.h"
#include "render/html/entity_pages.h"
#include "render/html/page_builder.h"
#include "util/text.h"

namespace pvpp {
namespace {

// Shown on their chapter pages or inside other pages: backlinks and generic pages leave them out.
constexpr std::array k_unlinked{
    EntityKind::principle,         EntityKind::scale,    EntityKind::level, EntityKind::stage,
    EntityKind::institution_group, EntityKind::live_page};

// Label and folder of a record: its code (for kinds with codes) and name, at its kind's folder
// or, for a prose page, its slug; "" when it has no page.
std::pair<std::string, std::string> describe(const RenderContext& ctx, const EntityKey& k) {
    if (k.kind == EntityKind::page && is_maintainer_page(k.id) && !shows_maintainer_pages(ctx.config.edition)) {
        return {};
    }
    std::optional<std::string> name = record_name(ctx.corpus, k, true);
    if (!name) { return {}; }
    return {*name, k.kind == EntityKind::page ? url::page(k.id) : url::of(k.kind, k.id)};
}

}  // namespace

std::string record_link(const PageBuilder& b, const EntityKey& k) {
    return std::ranges::find(k_unlinked, k.kind) != k_unlinked.end() ? "" : name_link(b, k);
}

std::string name_link(const PageBuilder& b, const EntityKey& k) {
    if (k.kind == EntityKind::capability) { return b.code_link(k.id); }
    auto [label, target] = describe(b.ctx(), k);
    return target.empty() ? "" : b.link(label, target);
}

std::string linked_names(const PageBuilder& b, EntityKind target, const std::vector<Ref>& refs) {
    return join(PageBuilder::items(refs, [&](const Ref& r) { return name_link(b, {target, r.id}); }), ", ");
}

std::string upper_first(std::string label) {
    if (!label.empty() && label[0] >= 'a' && label[0] <= 'z') { label[0] = static_cast<char>(label[0] - 'a' + 'A'); }
    return label;
}

void record_header(PageBuilder& b, const EntityKey& key, const RecordProvenance& provenance) {
    if (!record_kind(key.kind).codes.empty()) { b.view().code = key.id; }
    place_in_chapter(b, key);
    b.provenance(provenance, key.kind);
}

void backlinks_section(PageBuilder& b, const EntityKey& self) {
    std::vector<EntityKey> refs = b.ctx().index.referrers_of(self);
    std::stable_sort(refs.begin(), refs.end(), [](const EntityKey& x, const EntityKey& y) {
        return x.kind != y.kind ? x.kind < y.kind : natural_less(x.id, y.id);
    });
    b.section("Saistīts ar", PageBuilder::list_of(refs, [&](const EntityKey& k) { return record_link(b, k); }),
              "saistits-ar");
}

}  // namespace pvpp
