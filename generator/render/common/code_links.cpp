#include "render/common/code_links.h"

#include "model/anchors.h"
#include "model/record_kinds.h"
#include "render/common/urls.h"

namespace pvpp {
namespace {

SiteTarget capability_target(const CorpusIndex& index, const Capability& c) {
    std::size_t dash = c.code.find('-');
    if (dash == std::string::npos) { return {url::capability(c), ""}; }
    auto* parent = index.find<Capability>(EntityKind::capability, c.code.substr(0, dash));
    if (!parent) { return {}; }
    return {url::capability(*parent), capability_anchor(c)};
}

}  // namespace

SiteTarget code_target(const CorpusIndex& index, EntityKind kind, const std::string& code) {
    if (!index.has(kind, code)) { return {}; }
    if (kind == EntityKind::capability) { return capability_target(index, *index.find<Capability>(kind, code)); }
    return {url::of(kind, code), ""};
}

SiteTarget code_target(const CorpusIndex& index, const std::string& code) {
    auto found = whole_code(code);
    return found ? code_target(index, found->kind, code) : SiteTarget{};
}

}  // namespace pvpp
