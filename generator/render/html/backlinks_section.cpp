// "Saistīts ar": every record page lists what refers to it, computed from the corpus.
#include <algorithm>

#include "model/record_kinds.h"
#include "render/common/urls.h"
#include "render/html/entity_pages.h"
#include "render/html/page_builder.h"
#include "util/text.h"

namespace pvpp {
namespace {

template <typename Map>
std::string name_in(const Map& map, const std::string& id) {
    auto it = map.find(id);
    return it == map.end() ? "" : it->second->name;
}

// A record of a kind with no struct of its own: its code or id and name, at its kind's folder.
std::pair<std::string, std::string> describe_generic(const RenderContext& ctx, const EntityKey& k) {
    const auto& records = ctx.index.records.at(k.kind);
    auto it = records.find(k.id);
    if (it == records.end()) { return {}; }
    bool coded = !record_kind(k.kind).codes.empty();
    return {(coded ? k.id + " " : "") + it->second->name, url::of(k.kind, k.id)};
}

// Label and folder of a record, "" when it has no page.
std::pair<std::string, std::string> describe(const RenderContext& ctx, const EntityKey& k) {
    const CorpusIndex& ix = ctx.index;
    if (ix.records.count(k.kind)) { return describe_generic(ctx, k); }
    switch (k.kind) {
        case EntityKind::task: return {k.id + " " + name_in(ix.tasks, k.id), url::task(k.id)};
        case EntityKind::condition: return {k.id + " " + name_in(ix.conditions, k.id), url::condition(k.id)};
        case EntityKind::condition_group: return {k.id + " " + name_in(ix.condition_groups, k.id), url::condition_group(k.id)};
        case EntityKind::line: return {k.id + " " + name_in(ix.lines, k.id), url::line(k.id)};
        case EntityKind::measure: return {k.id + " " + name_in(ix.measures, k.id), url::measure(k.id)};
        case EntityKind::role: return {name_in(ix.roles, k.id), url::role(k.id)};
        case EntityKind::term: return {name_in(ix.terms, k.id), url::term(k.id)};
        case EntityKind::technology: return {name_in(ix.technologies, k.id), url::technology(k.id)};
        case EntityKind::competence: return {name_in(ix.competences, k.id), url::competence(k.id)};
        case EntityKind::page: {
            if (is_maintainer_page(k.id) && !shows_maintainer_pages(ctx.config.edition)) { return {}; }
            auto p = std::find_if(ctx.corpus.pages.begin(), ctx.corpus.pages.end(), [&](const Page& x) { return x.slug == k.id; });
            return p == ctx.corpus.pages.end() ? std::pair<std::string, std::string>{} : std::pair{p->title, url::page(p->slug)};
        }
        case EntityKind::principle:  // shown on their chapter pages or inside other pages, not linked here
        case EntityKind::scale:
        case EntityKind::level:
        case EntityKind::stage:
        case EntityKind::capability:
        case EntityKind::institution_group:
        case EntityKind::live_page: return {};
    }
    return {};
}

}  // namespace

std::string record_link(const PageBuilder& b, const EntityKey& k) {
    if (k.kind == EntityKind::capability) { return b.code_link(k.id); }
    auto [label, target] = describe(b.ctx(), k);
    return target.empty() ? "" : b.link(label, target);
}

std::string upper_first(std::string label) {
    if (!label.empty() && label[0] >= 'a' && label[0] <= 'z') { label[0] = static_cast<char>(label[0] - 'a' + 'A'); }
    return label;
}

void backlinks_section(PageBuilder& b, const EntityKey& self) {
    std::vector<EntityKey> refs = b.ctx().index.referrers_of(self);
    std::stable_sort(refs.begin(), refs.end(), [](const EntityKey& x, const EntityKey& y) {
        return x.kind != y.kind ? x.kind < y.kind : natural_less(x.id, y.id);
    });
    std::vector<std::string> items;
    for (const auto& k : refs) {
        if (std::string html = record_link(b, k); !html.empty()) { items.push_back(html); }
    }
    b.section("Saistīts ar", PageBuilder::list(items), "saistits-ar");
}

}  // namespace pvpp
