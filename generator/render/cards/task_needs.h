// Which tasks name a condition, and which need a capability or resource: computed
// from the task cards, so the P4.4 and P4.6 handouts never list a task by hand.
#pragma once
#include <string>
#include <vector>

#include "render/renderer.h"

namespace pvpp {

/// A task that needs a capability or resource, and where its card says so.
struct TaskNeed {
    const Task* task = nullptr;
    std::string why;  ///< "6. sadaļā nosauktas kompetences; minēts S2-4"
};

/// Tasks whose card names the condition in section 5, in corpus order.
std::vector<const Task*> tasks_naming_condition(const RenderContext& ctx, const std::string& code);

/// Tasks whose card fills the capability's card_part (sections 6–7), or whose texts
/// (task or card) name its code or the code of one of its items; corpus order.
std::vector<TaskNeed> tasks_needing(const RenderContext& ctx, const Capability& capability);

/// The card section (0…7) a card_part belongs to; -1 for none.
int card_part_section(const std::string& card_part);

/// How many tasks have section i (0…7) of their card written, at least in part.
int cards_with_section(const RenderContext& ctx, std::size_t i);

}  // namespace pvpp
