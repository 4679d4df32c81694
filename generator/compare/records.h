// Inside compare/: where records show on the live site, and what a kind has beyond its fields.
#pragma once
#include <string>
#include <string_view>
#include <vector>

#include "compare/record_builder.h"
#include "model/record_kinds.h"

namespace pvpp {

/// Which live page (data/site.toml) lists the records of a kind: the place the
/// site's "Vieta politikā" field links to, and the page a CMS editor updates.
class LivePlaces {
public:
    explicit LivePlaces(const Corpus& corpus) : m_corpus(corpus) {}
    /// Slug of the chapter page that shows records of a kind ("tasks", "roles", …), or of the
    /// one with a section that shows them ("institutions"), or "".
    std::string showing(const std::string& kind) const;
    /// The live page of a capability: its own, or its parent's for a sub-item (S2-4), or "".
    std::string own_page(const Capability& c) const;

private:
    const Corpus& m_corpus;
};

/// `5. loma "Pakalpojuma saimnieks"`, or the id when the corpus has no such role.
std::string role_label(const Corpus& corpus, const std::string& id);

/// What `pvpp diff` knows of a kind beyond its descriptor: which fields its live page shows, a
/// record's own shape (the matrix, another code or place) and its parts (cards, activities).
struct KindShape {
    EntityKind kind;
    std::vector<std::string_view> shown;  ///< keys of the fields the kind's live page shows
    void (*record)(const Corpus& corpus, const LivePlaces& live, const RecordView& r, RecordBuilder& b) = nullptr;
    void (*parts)(const Corpus& corpus, const LivePlaces& live, std::vector<Record>& out) = nullptr;
};

/// The shape of a kind, or nullptr when its fields say all (compare/kind_shapes.cpp).
const KindShape* kind_shape(EntityKind kind);

// The hooks, each in the module of its kind.
void task_matrix(const Corpus& corpus, const LivePlaces& live, const RecordView& r, RecordBuilder& b);
void task_parts(const Corpus& corpus, const LivePlaces& live, std::vector<Record>& out);
void milestones(const Corpus& corpus, const LivePlaces& live, std::vector<Record>& out);
void activities(const Corpus& corpus, const LivePlaces& live, std::vector<Record>& out);
void exclusions(const Corpus& corpus, const LivePlaces& live, std::vector<Record>& out);

}  // namespace pvpp
