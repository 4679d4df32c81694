// Roles from the matrix row and the item's place on the live site.
#include "render/common/assessment_refs.h"

#include <algorithm>
#include <cstdio>

#include "render/common/live_places.h"
#include "render/common/live_urls.h"

namespace pvpp {
namespace {

std::string matrix_roles(const CorpusIndex& index, const std::string& code) {
    auto* task = index.find<Task>(EntityKind::task, code);
    if (!task) { return ""; }
    std::string out;
    for (const auto& cell : task->matrix) {
        auto* role = index.find<Role>(EntityKind::role, cell.role.id);
        std::string name = role ? role->name : cell.role.id;
        out += (out.empty() ? "" : "; ") + name + " (" + cell.letter + (cell.inferred ? "?" : "") + ")";
    }
    return out;
}

// The group heading of an item: conditions by their group, capabilities (S) apart from resources (R).
std::string subgroup(const CorpusIndex& index, std::size_t part, const std::string& code) {
    if (part == 1) {
        auto* c = index.find<Condition>(EntityKind::condition, code);
        if (!c) { return ""; }
        auto* g = index.find<ConditionGroup>(EntityKind::condition_group, "N" + std::to_string(c->group()));
        return g ? g->code() + " " + g->name : "";
    }
    if (part == 2) { return code.starts_with("R") ? "Resursi (R)" : "Spējas (S)"; }
    return "";
}

// The references of the item `code` in assessment part `part` (0 tasks, 1 conditions,
// 2 capabilities and resources).
ItemRefs item_refs(const Corpus& corpus, const CorpusIndex& index, std::size_t part, const std::string& code) {
    const EntityKind kinds[] = {EntityKind::task, EntityKind::condition, EntityKind::capability};
    ItemRefs refs;
    if (part == 0) { refs.roles = matrix_roles(index, code); }
    if (part < std::size(kinds)) {
        LivePlace place = live_place(corpus, {kinds[part], code});
        if (!place.empty()) {
            refs.guidance_title = place.title;
            refs.guidance_url = live_url(corpus.site, place.slug, place.anchor);
        }
    }
    return refs;
}

}  // namespace

std::optional<double> average_rating(const LevelCounts& counts) {
    double sum = 0;
    int rated = 0;
    for (int l = 0; l <= k_max_rating; ++l) {
        sum += l * counts[l];
        rated += counts[l];
    }
    return rated ? std::optional<double>(sum / rated) : std::nullopt;
}

std::string average_text(const LevelCounts& counts) {
    std::optional<double> average = average_rating(counts);
    if (!average) { return ""; }
    char out[16];
    std::snprintf(out, sizeof out, "%.1f", *average);
    std::string text = out;
    std::replace(text.begin(), text.end(), '.', ',');
    return text;
}

PlanView plan_view(const Corpus& corpus, const CorpusIndex& index, const std::vector<AssessmentPart>& parts,
                   const Assessment& a) {
    PlanView v;
    v.assessment = &a;
    for (const auto& g : corpus.institution_groups) {
        if (g.number == a.group) { v.group = std::to_string(g.number) + ". " + g.name; }
    }
    for (const auto& p : parts) { v.parts.push_back(p.sheet); }
    v.items = plan_items(parts, a, k_expected_level);
    for (const auto& item : v.items) {
        v.refs.push_back(item_refs(corpus, index, item.part, item.code));
        v.subgroups.push_back(subgroup(index, item.part, item.code));
    }
    for (const auto& part : a.parts) {
        for (const auto& r : part) { v.unrated += r.level ? 0 : 1; }
    }
    return v;
}

}  // namespace pvpp
