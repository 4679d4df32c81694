// Appendix 1's card content sheet: every item of every task card section on its own row,
// so the cards can be filtered and reviewed in a spreadsheet.
#include <algorithm>

#include "render/common/edition.h"
#include "render/xlsx/markdown_items.h"
#include "render/xlsx/policy_sheets.h"
#include "render/xlsx/sheet_builder.h"
#include "util/text.h"

namespace pvpp {
namespace {

/// The rows of one card section: (part, item text).
using Items = std::vector<std::pair<std::string, std::string>>;

void add_text(Items& items, const std::string& part, const Text& text) {
    for (auto& i : markdown_items(text.markdown)) { items.emplace_back(part, std::move(i)); }
}

template <class T>
std::string code_and_name(const std::vector<T>& records, const std::string& code) {
    for (const auto& r : records) {
        if (r.code == code) { return r.code + " " + r.name; }
    }
    return code;
}

template <class T>
void add_refs(Items& items, const std::string& part, const std::vector<T>& records, const std::vector<Ref>& refs) {
    for (const auto& r : refs) { items.emplace_back(part, name_of(records, r.id)); }
}

std::vector<Items> section_items(const Corpus& c, const TaskCard& card) {
    std::vector<Items> s(8);
    add_text(s[0], "Rezultāts", card.result.result);
    add_text(s[0], "Ieguvumi", card.result.benefits);
    add_text(s[0], "Apdraudējumi", card.result.threats);
    add_refs(s[1], "Posms", c.stages, card.scope.stages);
    add_text(s[1], "Piezīmes", card.scope.notes);
    add_text(s[2], "Piezīmes", card.duties.notes);
    for (const auto& d : card.duties.roles) { add_text(s[2], name_of(c.roles, d.role.id), d.text); }
    for (const auto& r : card.related.tasks) { s[3].emplace_back("Saistītais uzdevums", code_and_name(c.tasks, r.id)); }
    add_text(s[3], "Piezīmes", card.related.notes);
    for (const auto& r : card.conditions.conditions) {
        s[4].emplace_back("Nosacījums", code_and_name(c.conditions, r.id));
    }
    add_text(s[4], "Piezīmes", card.conditions.notes);
    add_text(s[5], "Procesi", card.capabilities.processes);
    add_refs(s[5], "Kompetence", c.competences, card.capabilities.competences);
    add_text(s[5], "Piezīmes", card.capabilities.notes);
    add_text(s[6], "Informācija", card.resources.information);
    add_refs(s[6], "Digitālā tehnoloģija", c.technologies, card.resources.technologies);
    add_text(s[6], "Piezīmes", card.resources.notes);
    add_text(s[7], "Darbības", card.guidance.actions);
    add_text(s[7], "Vispārīgā informācija", card.guidance.general);
    add_text(s[7], "Uzmanības punkti", card.guidance.attention);
    for (const auto& r : card.guidance.reading) { s[7].emplace_back("Papildu informācija", r); }
    return s;
}

std::string status_text(SectionStatus status) {
    switch (status) {
    case SectionStatus::written: return "aprakstīta";
    case SectionStatus::partial: return "daļēji aprakstīta";
    case SectionStatus::missing: return review_text::k_status_missing;  // the public edition drops its rows
    }
    return "";
}

void add_card(SheetBuilder& b, const Corpus& c, const TaskCard& card) {
    auto sections = section_items(c, card);
    auto heads = card.heads();
    const auto& titles = card_section_titles();
    for (std::size_t i = 0; i < sections.size(); ++i) {
        if (sections[i].empty()) { sections[i].emplace_back("", ""); }
        int n = 0;
        for (const auto& [part, text] : sections[i]) {
            b.add({text_cell(card.task.id, Style::code), number_cell(static_cast<double>(i + 1)),
                   text_cell(titles[i]), text_cell(status_text(heads[i]->status)), text_cell(part),
                   text.empty() ? text_cell("") : number_cell(++n), text_cell(text)});
        }
    }
}

}  // namespace

SheetSpec cards_sheet(const Corpus& corpus) {
    SheetBuilder b("Kartīšu saturs", "Uzdevumu kartīšu saturs: katrs sadaļas punkts savā rindā",
                   {{"Uzdevums", 10}, {"Sadaļa", 7}, {"Sadaļas nosaukums", 34}, {review_text::k_status_label, 13},
                    {"Daļa", 24}, {"Nr.", 5}, {"Saturs", 90}},
                   2);
    std::vector<const TaskCard*> cards;
    for (const auto& c : corpus.cards) { cards.push_back(&c); }
    std::stable_sort(cards.begin(), cards.end(),
                     [](auto* a, auto* b) { return natural_less(a->task.id, b->task.id); });
    for (const TaskCard* card : cards) { add_card(b, corpus, *card); }
    return b.finish();
}

}  // namespace pvpp
