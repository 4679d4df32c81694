#include "render/cards/task_needs.h"

#include <algorithm>
#include <map>

#include "render/cards/capability_sheets.h"
#include "validate/completeness.h"

namespace pvpp {
namespace {

// Whether the card fills the part, and how the handout says so.
const char* filled_part(const TaskCard& card, const std::string& part) {
    if (part == "processes" && !card.capabilities.processes.empty()) { return "6. sadaļā aprakstīti procesi"; }
    if (part == "competences" && !card.capabilities.competences.empty()) { return "6. sadaļā nosauktas kompetences"; }
    if (part == "information" && !card.resources.information.empty()) { return "7. sadaļā aprakstīta informācija"; }
    if (part == "technologies" && !card.resources.technologies.empty()) {
        return "7. sadaļā nosauktas digitālās tehnoloģijas";
    }
    return nullptr;
}

void add_why(std::string& why, const std::string& part) { why += (why.empty() ? "" : "; ") + part; }

}  // namespace

std::vector<const Task*> tasks_naming_condition(const RenderContext& ctx, const std::string& code) {
    std::vector<const Task*> tasks;
    for (const auto& t : ctx.corpus.tasks) {
        const TaskCard* card = ctx.index.card_of(t.code);
        if (!card) { continue; }
        const auto& refs = card->conditions.conditions;
        if (std::any_of(refs.begin(), refs.end(), [&](const Ref& r) { return r.id == code; })) { tasks.push_back(&t); }
    }
    return tasks;
}

std::vector<TaskNeed> tasks_needing(const RenderContext& ctx, const Capability& capability) {
    std::map<std::string, std::string> why;  // task code → reasons
    for (const auto& t : ctx.corpus.tasks) {
        const TaskCard* card = ctx.index.card_of(t.code);
        if (const char* part = card ? filled_part(*card, capability.card_part) : nullptr) { add_why(why[t.code], part); }
    }
    auto own = capability_items(ctx.corpus.capabilities, capability);  // its code and its items' (S2, S2-1, S2-2, S2-4)
    own.insert(own.begin(), &capability);
    for (const Capability* c : own) {
        for (const auto& from : ctx.index.referrers_of({EntityKind::capability, c->code})) {
            if (from.kind == EntityKind::task) { add_why(why[from.id], "minēts " + c->code); }
        }
    }
    std::vector<TaskNeed> needs;
    for (const auto& t : ctx.corpus.tasks) {
        if (auto it = why.find(t.code); it != why.end()) { needs.push_back({&t, it->second}); }
    }
    return needs;
}

int card_part_section(const std::string& card_part) {
    if (card_part == "processes" || card_part == "competences") { return 5; }
    if (card_part == "information" || card_part == "technologies") { return 6; }
    return -1;
}

int cards_with_section(const RenderContext& ctx, std::size_t i) {
    int n = 0;
    for (const auto& t : ctx.corpus.tasks) {
        n += section_state(t, ctx.index.card_of(t.code), i) == SectionState::missing ? 0 : 1;
    }
    return n;
}

}  // namespace pvpp
