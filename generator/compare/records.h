// Inside compare/: the flatteners of each group of kinds and where records show on the live site.
#pragma once
#include <string>
#include <vector>

#include "compare/record.h"

namespace pvpp {

/// Which live page (data/site.toml) lists the records of a kind: the place the
/// site's "Vieta politikā" field links to, and the page a CMS editor updates.
class LivePlaces {
public:
    explicit LivePlaces(const Corpus& corpus) : m_corpus(corpus) {}
    /// Slug of the chapter page that shows records of a kind ("tasks", "roles", …), or "".
    std::string showing(const std::string& kind) const;
    /// Slug of the chapter page with a section that shows a kind ("institutions"), or "".
    std::string with_section(const std::string& kind) const;
    /// The live page of a capability: its own, or its parent's for a sub-item (S2-4), or "".
    std::string own_page(const Capability& c) const;

private:
    const Corpus& m_corpus;
};

/// `5. loma "Pakalpojuma saimnieks"`, or the id when the corpus has no such role.
std::string role_label(const Corpus& corpus, const std::string& id);

void add_task_records(const Corpus& corpus, const LivePlaces& live, std::vector<Record>& out);
void add_card_records(const Corpus& corpus, std::vector<Record>& out);
void add_policy_records(const Corpus& corpus, const LivePlaces& live, std::vector<Record>& out);
void add_condition_records(const Corpus& corpus, const LivePlaces& live, std::vector<Record>& out);
void add_plan_records(const Corpus& corpus, const LivePlaces& live, std::vector<Record>& out);
void add_generic_records(const Corpus& corpus, const LivePlaces& live, std::vector<Record>& out);

}  // namespace pvpp
