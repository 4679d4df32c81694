// What an improvement plan says beside each item rated too low: the roles the A/L matrix
// makes responsible (tasks only: the matrix has no rows for conditions and capabilities)
// and the live guidance page that describes the item.
#pragma once
#include <optional>
#include <string>

#include "model/assessment.h"
#include "model/corpus.h"
#include "validate/corpus_index.h"

namespace pvpp {

struct ItemRefs {
    std::string roles;           ///< "Pakalpojuma saimnieks (A); … (L)", or ""
    std::string guidance_title;  ///< the live page's title, or ""
    std::string guidance_url;    ///< its absolute address with the item's anchor, or ""
};

/// The average rating of the counts (levels 0…4; the unrated left out); none when nobody rated.
std::optional<double> average_rating(const LevelCounts& counts);
/// "2,4": the average with the Latvian decimal comma; "" when nobody rated.
std::string average_text(const LevelCounts& counts);

/// One institution's improvement plan draft as every output shows it.
struct PlanView {
    const Assessment* assessment = nullptr;
    std::string group;               ///< the group's label ("1. Valsts tiešās …")
    std::vector<std::string> parts;  ///< each part's sheet name
    std::vector<PlanItem> items;     ///< rated below the expected level, in policy order
    std::vector<ItemRefs> refs;      ///< beside each item
    /// The heading of each item's group within its part, as the policy groups them: a
    /// condition's group ("N4 …"), capabilities apart from resources; "" for tasks.
    std::vector<std::string> subgroups;
    int unrated = 0;   ///< rows left without a rating
    std::string slug;  ///< the file name of its plan, without extension
};

/// The plan of one assessment.
PlanView plan_view(const Corpus& corpus, const CorpusIndex& index, const std::vector<AssessmentPart>& parts,
                   const Assessment& a);

}  // namespace pvpp
