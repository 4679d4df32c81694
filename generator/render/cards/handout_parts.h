// Pieces the P4.4 and P4.6 handouts share: gaps marked as on the cards, live links,
// the training they serve, and task lists computed from the cards.
#pragma once
#include <ctemplate/template.h>

#include <string>
#include <vector>

#include "render/cards/card_links.h"
#include "render/cards/task_needs.h"

namespace pvpp {

/// What the corpus lacks, marked as on the cards; "" in the public edition.
std::string handout_gap(Edition e, const std::string& text);

/// The live URL as a link, or a gap when the record has no known place on the live site.
std::string live_link_html(Edition e, const std::string& url);

/// Fills HEADING (the title of the live page that shows kind, else fallback) and, when
/// the work plan has the measure, the TRAINING section with its CODE and NAME.
void fill_handout_cover(const CardLinks& links, const std::string& kind, const std::string& fallback,
                        const std::string& measure, ctemplate::TemplateDictionary& dict);

/// The tasks as links to their cards with why each is listed; a gap when there are none.
/// The note under the list says which card section they were computed from and how many
/// cards have it written, so a short list reads as "not yet written", not as "none".
std::string task_list_html(const CardLinks& links, const std::vector<TaskNeed>& tasks, int section,
                           const std::string& none);

}  // namespace pvpp
