// A task card as a view: cover values and the eight sections as HTML, pure from the corpus.
#pragma once
#include <string>
#include <vector>

#include "render/cards/card_links.h"
#include "validate/completeness.h"

namespace pvpp {

/// One section as the card prints it (model/card_sections.h's CardSection is what the section holds).
struct CardSectionView {
    int number = 0;
    std::string id;     ///< unique within a document that holds every card ("PU2-10-sadala-3")
    std::string title;  ///< "3. Uzdevuma veikšanā iesaistīto lomu pienākumi un mijiedarbība"
    SectionState state = SectionState::missing;
    std::string html;   ///< the body; a marked gap when the section is missing
};

struct TaskCardView {
    std::string code;
    std::string name;
    std::string practice;
    std::string level_heading;
    std::string contents_id;  ///< the cover's id, target of the "uz saturu" links
    std::vector<CardSectionView> sections;
};

/// The heading the cover prints above the code, by task group (1, 2 or 3).
const char* card_level_heading(int group);

/// The card of a task; written_only leaves out the sections the corpus does not have.
TaskCardView task_card_view(const CardLinks& links, const Task& task, bool written_only);

/// The body of section i (0…7) as written in the card, "" when the card has nothing for it.
std::string written_section_html(const CardLinks& links, const Task& task, const TaskCard& card, std::size_t i);

/// Section 2 or 4 made from the matrix and the related tasks when the card has no prose.
std::string derived_section_html(const CardLinks& links, const Task& task, std::size_t i);
/// Whether the edition shows anything the section can be made of: a role's letter (section 2),
/// a related task (section 4).
bool derived_section_known(const CardLinks& links, const Task& task, std::size_t i);

}  // namespace pvpp
