// The rated parts of the self-assessment, built from the corpus.
#include "model/assessment_form.h"

namespace pvpp {

std::vector<AssessmentPart> assessment_parts(const Corpus& corpus) {
    AssessmentPart tasks{"Uzdevumi", "Pakalpojumu pārvaldības uzdevumu (PU) izpilde iestādē", {}};
    for (const auto& t : corpus.tasks) { tasks.items.push_back({t.code, t.name}); }
    AssessmentPart conditions{
        "Nosacījumi", "Pakalpojumu izveides, sniegšanas un pilnveides nosacījumu (N) izpilde", {}};
    for (const auto& c : corpus.conditions) { conditions.items.push_back({c.code, c.name}); }
    AssessmentPart capabilities{"Spējas un resursi", "Spēju (S) un resursu (R) pietiekamība", {}};
    for (const auto& c : corpus.capabilities) { capabilities.items.push_back({c.code, c.name}); }
    return {tasks, conditions, capabilities};
}

std::string group_label(const InstitutionGroup& group) { return std::to_string(group.number) + ". " + group.name; }

std::vector<const InstitutionGroup*> policy_groups(const Corpus& corpus) {
    std::vector<const InstitutionGroup*> out;
    for (const auto& g : corpus.institution_groups) {
        if (g.policy) { out.push_back(&g); }
    }
    return out;
}

}  // namespace pvpp
