// Conditions N1-1…N10-1, capabilities S…, resources R…, and the card catalogues.
#pragma once
#include <string>
#include <vector>

#include "model/provenance.h"
#include "model/text.h"

namespace pvpp {

struct ConditionGroup : Sourced {
    int number = 0;
    std::string name;
    Text description;

    std::string code() const { return "N" + std::to_string(number); }
};

struct Condition : Sourced {
    std::string code;
    std::string name;
    std::vector<std::string> items;
    Text description;

    /// The group number the code names: N4-2 → 4.
    int group() const;
};

/// A capability (S…) or a resource (R…), or a named sub-item of one (S2-4).
struct Capability : Sourced {
    std::string code;
    std::string name;
    std::string slug;       ///< the live page, when it has one
    SourceLoc slug_loc;
    bool inferred = false;  ///< the seeds do not state this code
    bool resource = false;
    /// The part of card sections 6–7 that names what a task needs of it: "processes",
    /// "competences", "information" or "technologies"; empty when no part does.
    std::string card_part;
    Text description;
};

/// The values card_part may take, in card order.
const std::vector<std::string>& card_parts();

/// The named items of a capability or resource among all of them (S2 → S2-1, S2-2, S2-4): the
/// sections of its page and its sheet, in corpus order.
std::vector<const Capability*> capability_items(const std::vector<Capability>& all, const Capability& capability);

/// An item of the competence or digital-technology catalogue (card sections 6, 7).
struct CatalogueItem : Sourced {
    std::string id;
    std::string name;
    std::string flag;  ///< empty when unknown
    Text description;
};

}  // namespace pvpp
