#include "model/card_sections.h"

#include <type_traits>

namespace pvpp {
namespace {

using C = TaskCard;
using F = FieldKind;
using K = EntityKind;

template <auto Section>
using SectionOf = std::remove_reference_t<decltype(std::declval<C&>().*Section)>;

template <auto Section, auto Member>
FieldValue get_card_member(const void* card) {
    return as_field((static_cast<const C*>(card)->*Section).*Member);
}

template <auto Section, auto Member>
void set_card_member(void* card, GenericField&& value) {
    take((static_cast<C*>(card)->*Section).*Member, std::move(value));
}

/// A member of a section of a card as a field: `card_member<&C::result, &C::Result::benefits>`.
template <auto Section, auto Member>
constexpr FieldAccess card_member{get_card_member<Section, Member>, set_card_member<Section, Member>};

template <auto Section>
SectionHead& head_of(C& card) {
    return (card.*Section).head;
}

// Most sections end with their notes.
template <auto Section>
FieldInfo notes() {
    return {"notes", F::markdown, K::task, "piezīmes", card_member<Section, &SectionOf<Section>::notes>, "Notes."};
}

const std::vector<RoleDuties>* duty_roles(const C& card) { return &card.duties.roles; }

// The labels are the change report's (lower case), the descriptions the open data's.
std::vector<CardSection> sections() {
    return {
        {"result", 1, "Result, benefits and threats.", head_of<&C::result>,
         {{"result", F::markdown, K::task, "rezultāts", card_member<&C::result, &C::Result::result>,
           "Result of the task."},
          {"benefits", F::markdown, K::task, "ieguvumi", card_member<&C::result, &C::Result::benefits>,
           "If the task is done."},
          {"threats", F::markdown, K::task, "apdraudējumi", card_member<&C::result, &C::Result::threats>,
           "If the task is not done."}}},
        {"scope", 2, "Levels, scales, responsible roles and stage involvement.", head_of<&C::scope>,
         {{"stages", F::refs, K::stage, "posmi", card_member<&C::scope, &C::Scope::stages>,
           "Stages the task takes part in."},
          notes<&C::scope>()}},
        {"duties", 3, "Duties of the roles involved.", head_of<&C::duties>, {notes<&C::duties>()}, duty_roles},
        {"related", 4, "Related tasks.", head_of<&C::related>,
         {{"tasks", F::refs, K::task, "saistītie uzdevumi", card_member<&C::related, &C::Related::tasks>,
           "Related tasks."},
          notes<&C::related>()}},
        {"conditions", 5, "Conditions that depend on the task.", head_of<&C::conditions>,
         {{"conditions", F::refs, K::condition, "nosacījumi", card_member<&C::conditions, &C::Conditions::conditions>,
           "The conditions."},
          notes<&C::conditions>()}},
        {"capabilities", 6, "Capabilities needed (competences and processes).", head_of<&C::capabilities>,
         {{"processes", F::markdown, K::task, "procesi", card_member<&C::capabilities, &C::Capabilities::processes>,
           "Processes."},
          {"competences", F::refs, K::competence, "kompetences",
           card_member<&C::capabilities, &C::Capabilities::competences>, "Competences."},
          notes<&C::capabilities>()}},
        {"resources", 7, "Resources needed (information and digital technologies).", head_of<&C::resources>,
         {{"information", F::markdown, K::task, "informācija",
           card_member<&C::resources, &C::Resources::information>, "Information."},
          {"technologies", F::refs, K::technology, "digitālās tehnoloģijas",
           card_member<&C::resources, &C::Resources::technologies>, "Digital technologies."},
          notes<&C::resources>()}},
        {"guidance", 8, "Guidance.", head_of<&C::guidance>,
         {{"actions", F::markdown, K::task, "veicamās darbības", card_member<&C::guidance, &C::Guidance::actions>,
           "Actions."},
          {"general", F::markdown, K::task, "vispārēja informācija",
           card_member<&C::guidance, &C::Guidance::general>, "General information."},
          {"attention", F::markdown, K::task, "kam jāpievērš īpaša uzmanība",
           card_member<&C::guidance, &C::Guidance::attention>, "Points of attention."},
          {"reading", F::strings, K::task, "papildu informācija", card_member<&C::guidance, &C::Guidance::reading>,
           "Further reading."}}},
    };
}

// Every card's references of one field, in card order, owned by its task.
RefField card_field_refs(const FieldInfo& f) {
    return {f.key, f.target, [&f](const Corpus& corpus, const RefVisitor& fn) {
                for (const auto& c : corpus.cards) {
                    for (const Ref& ref : *f.access.get(&c).refs) { fn({K::task, c.task.id}, ref); }
                }
            }};
}

void card_task_refs(const Corpus& corpus, const RefVisitor& fn) {
    for (const auto& c : corpus.cards) { fn({K::task, c.task.id}, c.task); }
}

void card_duty_refs(const Corpus& corpus, const RefVisitor& fn) {
    for (const auto& c : corpus.cards) {
        for (const auto& d : c.duties.roles) { fn({K::task, c.task.id}, d.role); }
    }
}

}  // namespace

const std::vector<CardSection>& card_sections() {
    static const std::vector<CardSection> list = sections();
    return list;
}

const char* section_status_name(SectionStatus status) {
    switch (status) {
        case SectionStatus::written: return "aprakstīts";
        case SectionStatus::partial: return "daļēji";
        case SectionStatus::missing: return "nav aprakstīts";
    }
    return "nav aprakstīts";
}

void card_texts(const Corpus& corpus, const TextVisitor& fn) {
    for (const auto& c : corpus.cards) {
        EntityKey owner{K::task, c.task.id};
        for (const auto& s : card_sections()) {
            for (const auto& f : s.fields) {
                if (f.type == F::markdown) { fn(owner, *f.access.get(&c).text); }
            }
        }
        for (const auto& d : c.duties.roles) { fn(owner, d.text); }
    }
}

// Field by field over every card, as backlinks have always listed them.
std::vector<RefField> card_refs() {
    std::vector<RefField> out = {{"task", K::task, card_task_refs}};
    for (const auto& s : card_sections()) {
        for (const auto& f : s.fields) {
            if (f.type == F::refs) { out.push_back(card_field_refs(f)); }
        }
        if (s.roles) { out.push_back({"duties.role", K::role, card_duty_refs}); }
    }
    return out;
}

}  // namespace pvpp
