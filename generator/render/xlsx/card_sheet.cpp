// Appendix 1's card content sheet: every item of every task card section on its own row,
// so the cards can be filtered and reviewed in a spreadsheet.
#include <algorithm>
#include <map>

#include "model/card_sections.h"
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

// The sheet names a part by its field's label, or a list of records by their kind in the
// singular (a row holds one "Posms"), except these.
const std::map<std::string, std::string> k_part_names = {{"tasks", "Saistītais uzdevums"},
                                                         {"actions", "Darbības"},
                                                         {"general", "Vispārīgā informācija"},
                                                         {"attention", "Uzmanības punkti"}};

std::string part_name(const FieldInfo& field) {
    if (auto it = k_part_names.find(field.key); it != k_part_names.end()) { return it->second; }
    return capitalized(field.type == FieldKind::refs ? record_kind(field.target).singular : field.label);
}

// A Markdown field's list items, a reference field's records (tasks and conditions by code and
// name), a list field's strings.
void add_field(Items& items, const Corpus& c, const FieldInfo& field, const FieldValue& value) {
    std::string part = part_name(field);
    if (value.text) { add_text(items, part, *value.text); }
    for (const auto& r : value.refs) {
        items.emplace_back(part, record_name(c, {field.target, r.id}, true).value_or(r.id));
    }
    for (const auto& s : value.strings) { items.emplace_back(part, s); }
}

std::vector<Items> section_items(const Corpus& c, const TaskCard& card) {
    std::vector<Items> s;
    for (const auto& section : card_sections()) {
        Items& items = s.emplace_back();
        for (const auto& f : section.fields) { add_field(items, c, f, section.value(f, card)); }
        if (!section.roles) { continue; }
        for (const auto& d : *section.roles(card)) {
            add_text(items, record_name(c, {EntityKind::role, d.role.id}).value_or(d.role.id), d.text);
        }
    }
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
    for (std::size_t i = 0; i < sections.size(); ++i) {
        if (sections[i].empty()) { sections[i].emplace_back("", ""); }
        int n = 0;
        for (const auto& [part, text] : sections[i]) {
            b.add({text_cell(card.task.id, Style::code), number_cell(static_cast<double>(i + 1)),
                   text_cell(card_sections()[i].title), text_cell(status_text(heads[i]->status)), text_cell(part),
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
