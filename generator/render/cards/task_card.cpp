#include "render/cards/task_card.h"

namespace pvpp {
namespace {

const char* k_gap = "<p class=\"gap\">Sadaļa vēl nav aprakstīta.</p>";

std::string section_html(const CardLinks& links, const Task& task, const TaskCard* card, std::size_t i,
                         SectionState state) {
    std::string written = card ? written_section_html(links, task, *card, i) : "";
    switch (state) {
        case SectionState::written: return written.empty() ? k_gap : written;
        case SectionState::partial: return "<p class=\"note\">Sadaļa atjaunota daļēji.</p>" + written;
        case SectionState::derived:
            return "<p class=\"note\">Atvasināts no datiem; sadaļas teksts vēl nav aprakstīts.</p>" +
                   derived_section_html(links, task, i);
        case SectionState::missing: return k_gap;
    }
    return k_gap;
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
    auto found = links.ctx().index.cards.find(task.code);
    const TaskCard* card = found == links.ctx().index.cards.end() ? nullptr : found->second;
    const auto& titles = card_section_titles();
    for (std::size_t i = 0; i < titles.size(); ++i) {
        SectionState state = section_state(task, card, i);
        if (written_only && state == SectionState::missing) { continue; }
        int n = static_cast<int>(i) + 1;
        v.sections.push_back({n, task.code + "-sadala-" + std::to_string(n), std::to_string(n) + ". " + titles[i],
                              state, section_html(links, task, card, i, state)});
    }
    return v;
}

}  // namespace pvpp
