#include "render/cards/task_card.h"

#include "model/card_sections.h"

namespace pvpp {
namespace {

// A section as the edition shows it: the review edition with notes on what is not (wholly) written.
std::string section_html(const CardLinks& links, const Task& task, const TaskCard* card, std::size_t i,
                         SectionState state) {
    Edition e = links.ctx().config.edition;
    std::string gap = gap_html(e, review_text::k_section_gap);
    std::string written = card ? written_section_html(links, task, *card, i) : "";
    switch (state) {
        case SectionState::written: return written.empty() ? gap : written;
        case SectionState::partial: return gap_html(e, review_text::k_partial, "note") + written;
        case SectionState::derived:
            return gap_html(e, review_text::k_derived, "note") + derived_section_html(links, task, i);
        case SectionState::missing: return gap;
    }
    return gap;
}

// The public edition prints what the corpus has written (a whole or partial section) and what
// its facts make of a section with no text (section 2's grid from the confirmed letters).
bool prints_section(const CardLinks& links, const Task& task, std::size_t i, SectionState state, bool written_only) {
    Edition e = links.ctx().config.edition;
    if (state == SectionState::missing) { return !written_only && shows_gaps(e); }
    return state != SectionState::derived || shows_gaps(e) || derived_section_known(links, task, i);
}

}  // namespace

const char* card_level_heading(int group) {
    switch (group) {
        case 1: return "Politikas līmenī veicamie pakalpojumu pārvaldības uzdevumi";
        case 2: return "Pamatdarbības un nodrošinājuma līmenī veicamie pakalpojumu pārvaldības uzdevumi";
        case 3: return "Visos pārvaldības līmeņos veicamie pakalpojumu pārvaldības uzdevumi";
    }
    return "";
}

TaskCardView task_card_view(const CardLinks& links, const Task& task, bool written_only) {
    TaskCardView v{task.code, task.name, task.practice, card_level_heading(task.group()), task.code + "-saturs", {}};
    const TaskCard* card = links.ctx().index.card_of(task.code);
    const auto& sections = card_sections();
    for (std::size_t i = 0; i < sections.size(); ++i) {
        SectionState state = section_state(task, card, i);
        if (!prints_section(links, task, i, state, written_only)) { continue; }
        int n = static_cast<int>(i) + 1;
        v.sections.push_back({n, task.code + "-sadala-" + std::to_string(n),
                              std::to_string(n) + ". " + sections[i].title, state,
                              section_html(links, task, card, i, state)});
    }
    return v;
}

}  // namespace pvpp
