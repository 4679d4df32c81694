// Inside compare/: where records show on the live site, and what a kind has beyond its fields.
#pragma once
#include <string>
#include <string_view>
#include <vector>

#include "compare/record_builder.h"
#include "model/record_kinds.h"

namespace pvpp {

/// Slug of the live chapter page (data/site.toml) that shows records of a kind ("tasks",
/// "roles", …), or of the one with a section that shows them ("institutions"), or "": the place
/// the site's "Vieta politikā" field links to, and the page a CMS editor updates.
std::string live_place(const Corpus& corpus, std::string_view shows);

/// What `pvpp diff` knows of a kind beyond its descriptor: which fields its live page shows, a
/// record's own shape (the matrix, another code or place) and its parts (cards, activities).
struct KindShape {
    EntityKind kind;
    std::vector<std::string_view> shown;  ///< keys of the fields the kind's live page shows
    void (*record)(const Corpus& corpus, const RecordView& r, RecordBuilder& b) = nullptr;
    void (*parts)(const Corpus& corpus, std::vector<Record>& out) = nullptr;
};

/// The shape of a kind, or nullptr when its fields say all (compare/kind_shapes.cpp).
const KindShape* kind_shape(EntityKind kind);

// The hooks of kinds with parts, each in the module of its kind.
void task_matrix(const Corpus& corpus, const RecordView& r, RecordBuilder& b);
void task_parts(const Corpus& corpus, std::vector<Record>& out);
void milestones(const Corpus& corpus, std::vector<Record>& out);
void activities(const Corpus& corpus, std::vector<Record>& out);
void exclusions(const Corpus& corpus, std::vector<Record>& out);

}  // namespace pvpp
