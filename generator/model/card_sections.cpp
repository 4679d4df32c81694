#include "model/card_sections.h"

#include "model/parts.h"

namespace pvpp {
namespace {

using C = TaskCard;
using F = FieldKind;
using K = EntityKind;

// A section of the card whose struct is the member Section of a TaskCard.
template <auto Section>
CardSection section(const char* key, int number, const char* title, const char* description,
                    std::vector<FieldInfo> fields, const std::vector<RoleDuties>* (*roles)(const C&) = nullptr) {
    return {key, number, title, description, std::move(fields),
            [](C& c) -> SectionHead& { return (c.*Section).head; }, [](C& c) -> void* { return &(c.*Section); },
            [](const C& c) -> const void* { return &(c.*Section); }, roles};
}

// Most sections end with their notes.
template <typename S>
FieldInfo notes() {
    return {"notes", F::markdown, K::task, "piezīmes", member<&S::notes>, "Notes."};
}

const std::vector<RoleDuties>* duties_of(const C& c) { return &c.duties.roles; }

// The titles are the cards' headings, the labels the change report's (lower case), the
// descriptions the open data's.
std::vector<CardSection> sections() {
    return {
        section<&C::result>("result", 1, "Uzdevuma veikšanas rezultāts, ieguvumi un apdraudējumi",
            "Result, benefits and threats.", {
            {"result", F::markdown, K::task, "rezultāts", member<&C::Result::result>, "Result of the task."},
            {"benefits", F::markdown, K::task, "ieguvumi", member<&C::Result::benefits>, "If the task is done."},
            {"threats", F::markdown, K::task, "apdraudējumi", member<&C::Result::threats>, "If the task is not done."},
        }),
        section<&C::scope>("scope", 2, "Uzdevuma veikšanas līmeņi, mērogi un atbildīgās lomas",
            "Levels, scales, responsible roles and stage involvement.", {
            {"stages", F::refs, K::stage, "posmi", member<&C::Scope::stages>, "Stages the task takes part in."},
            notes<C::Scope>(),
        }),
        section<&C::duties>("duties", 3, "Uzdevuma veikšanā iesaistīto lomu pienākumi un mijiedarbība",
            "Duties of the roles involved.", {notes<C::Duties>()}, duties_of),
        section<&C::related>("related", 4, "Pakalpojumu pārvaldības uzdevumu savstarpējās atkarības un mijiedarbība",
            "Related tasks.", {
            {"tasks", F::refs, K::task, "saistītie uzdevumi", member<&C::Related::tasks>, "Related tasks."},
            notes<C::Related>(),
        }),
        section<&C::conditions>("conditions", 5,
            "No uzdevuma veikšanas atkarīgie pakalpojumu izveides, sniegšanas un pilnveides nosacījumi",
            "Conditions that depend on the task.", {
            {"conditions", F::refs, K::condition, "nosacījumi", member<&C::Conditions::conditions>, "The conditions."},
            notes<C::Conditions>(),
        }),
        section<&C::capabilities>("capabilities", 6,
            "Uzdevuma pilnvērtīgai veikšanai nepieciešamās spējas (kompetences un procesi)",
            "Capabilities needed (competences and processes).", {
            {"processes", F::markdown, K::task, "procesi", member<&C::Capabilities::processes>, "Processes."},
            {"competences", F::refs, K::competence, "kompetences", member<&C::Capabilities::competences>,
             "Competences."},
            notes<C::Capabilities>(),
        }),
        section<&C::resources>("resources", 7,
            "Uzdevuma pilnvērtīgai veikšanai nepieciešamie resursi (informācija un digitālās tehnoloģijas)",
            "Resources needed (information and digital technologies).", {
            {"information", F::markdown, K::task, "informācija", member<&C::Resources::information>, "Information."},
            {"technologies", F::refs, K::technology, "digitālās tehnoloģijas", member<&C::Resources::technologies>,
             "Digital technologies."},
            notes<C::Resources>(),
        }),
        section<&C::guidance>("guidance", 8, "Norādes uzdevuma veikšanai",
            "Guidance.", {
            {"actions", F::markdown, K::task, "veicamās darbības", member<&C::Guidance::actions>, "Actions."},
            {"general", F::markdown, K::task, "vispārēja informācija", member<&C::Guidance::general>,
             "General information."},
            {"attention", F::markdown, K::task, "kam jāpievērš īpaša uzmanība", member<&C::Guidance::attention>,
             "Points of attention."},
            {"reading", F::strings, K::task, "papildu informācija", member<&C::Guidance::reading>, "Further reading."},
        }),
    };
}

}  // namespace

const std::vector<CardSection>& card_sections() {
    static const std::vector<CardSection> list = sections();
    return list;
}

// In the order of SectionStatus.
const char* section_status_name(SectionStatus status) {
    static const char* const names[] = {"aprakstīts", "daļēji", "nav aprakstīts"};
    return names[static_cast<int>(status)];
}

void card_texts(const Corpus& corpus, const TextVisitor& fn) {
    for (const auto& c : corpus.cards) {
        EntityKey owner{K::task, c.task.id};
        for (const auto& s : card_sections()) {
            for (const auto& f : s.fields) {
                if (f.type == F::markdown) { fn(owner, *s.value(f, c).text); }
            }
        }
        for (const auto& d : c.duties.roles) { fn(owner, d.text); }
    }
}

// A card is no record of its own: its references are its task's, as backlinks and messages name it.
void card_refs(const Corpus& corpus, const RefVisitor& fn) {
    for (const auto& c : corpus.cards) {
        EntityKey owner{K::task, c.task.id};
        fn(owner, K::task, c.task);
        for (const auto& s : card_sections()) {
            visit_item_refs(s.fields, s.read(c), owner, fn);
            if (!s.roles) { continue; }
            for (const auto& d : *s.roles(c)) { visit_item_refs(k_duties.fields, &d, owner, fn); }
        }
    }
}

}  // namespace pvpp
