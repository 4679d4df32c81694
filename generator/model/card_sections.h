// The eight sections of a task's card, stated once: each section's table, number and head, and
// its fields as descriptor fields (model/record_fields.h) of the section's struct in a TaskCard.
// The loader, the open data, `pvpp diff` and the card's texts and references loop over them.
#pragma once
#include <vector>

#include "model/record_kinds.h"

namespace pvpp {

struct CardSection {
    const char* key;                ///< its TOML table: "result"
    int number;                     ///< 1 … 8, its place on the card
    const char* title;              ///< its heading on the card, after its number
    const char* description;        ///< English, for the open data: "Result, benefits and threats."
    std::vector<FieldInfo> fields;  ///< in card order; members of the section's struct
    SectionHead& (*head)(TaskCard& card);
    void* (*of)(TaskCard& card);                ///< the section's struct, for its fields' setters
    const void* (*read)(const TaskCard& card);  ///< the same, for their getters
    /// Section 3 also lists each role's duties, objects of their own: [[duties.role]].
    const std::vector<RoleDuties>* (*roles)(const TaskCard& card) = nullptr;

    FieldValue value(const FieldInfo& field, const TaskCard& card) const { return field.access.get(read(card)); }
};

/// The sections in card order.
const std::vector<CardSection>& card_sections();

/// A section's status as the corpus writes it: "aprakstīts", "daļēji", "nav aprakstīts".
const char* section_status_name(SectionStatus status);

/// A card's Markdown, each text owned by its task: the sections' fields, then the duties.
void card_texts(const Corpus& corpus, const TextVisitor& fn);

/// Each card's references, owned by its task: `task`, then the sections' fields and duties.
void card_refs(const Corpus& corpus, const RefVisitor& fn);

}  // namespace pvpp
