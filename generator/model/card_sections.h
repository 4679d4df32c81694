// The eight sections of a task's card, stated once: each section's table, number and head, and
// its fields as descriptor fields (model/record_fields.h) read from and written into a TaskCard.
// The loader, the open data, `pvpp diff` and the card's texts and references loop over them.
#pragma once
#include <vector>

#include "model/record_kinds.h"

namespace pvpp {

/// One section of a task's card.
struct CardSection {
    const char* key;          ///< its TOML table: "result"
    int number;               ///< 1 … 8, its place on the card
    const char* description;  ///< English, for the open data: "Result, benefits and threats."
    SectionHead& (*head)(TaskCard& card);
    std::vector<FieldInfo> fields;  ///< in card order; each getter and setter takes the TaskCard
    /// Section 3 also lists each role's duties, objects of their own: [[duties.role]].
    const std::vector<RoleDuties>* (*roles)(const TaskCard& card) = nullptr;
};

/// The sections in card order.
const std::vector<CardSection>& card_sections();

/// A section's status as the corpus writes it: "aprakstīts", "daļēji", "nav aprakstīts".
const char* section_status_name(SectionStatus status);

/// A card's Markdown, each text owned by its task: the sections' fields, then the duties.
void card_texts(const Corpus& corpus, const TextVisitor& fn);

/// The references of the cards, each owned by its task: `task`, then the sections' fields.
std::vector<RefField> card_refs();

}  // namespace pvpp
