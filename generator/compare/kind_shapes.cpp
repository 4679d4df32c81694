// What `pvpp diff` knows of a kind beyond its descriptor's fields: which of them its live
// chapter page shows, a record's own shape, its parts. A kind not listed is its fields alone.
#include <algorithm>

#include "compare/records.h"

namespace pvpp {
namespace {

// A sub-item's (S2-4) page is its parent's (S2).
std::string own_page(const Corpus& corpus, const Capability& c) {
    if (!c.slug.empty()) { return c.slug; }
    std::string parent = c.code.substr(0, c.code.find('-'));
    auto it = std::find_if(corpus.capabilities.begin(), corpus.capabilities.end(),
                           [&](const Capability& p) { return p.code == parent && &p != &c; });
    return it == corpus.capabilities.end() ? "" : it->slug;
}

// Reports name a role by its number; the holders of its duties are a list of their own.
void role_shape(const Corpus&, const RecordView& r, RecordBuilder& b) {
    const Role& role = as<Role>(r.record);
    std::vector<std::string> carriers;
    for (const auto& c : role.carriers) { carriers.push_back(c.text.empty() ? c.title : c.title + " – " + c.text); }
    b.code(std::to_string(role.number) + ". loma").list("pienākumu veicēji", carriers);
}

// The chapter page lists the top-level capabilities; a capability's own live page (S2
// "Kultūra") shows its description and its sub-items. Resources (R1) are reported apart.
void capability_shape(const Corpus& corpus, const RecordView& r, RecordBuilder& b) {
    const Capability& c = as<Capability>(r.record);
    std::string chapter = c.code.find('-') == std::string::npos ? live_place(corpus, "capabilities") : "";
    std::string own = own_page(corpus, c);
    b.kind(c.resource ? part::resource : RecordKind{EntityKind::capability}).drop("type").pages({chapter, own});
    b.show("inferred", {chapter, own}).show("description", {own});
}

// The plan page lists the chapters of PVPP2027 by title, the index page the other pages; a page
// marked live (`live = true`) is a page of the live site itself.
void page_shape(const Corpus& corpus, const RecordView& r, RecordBuilder& b) {
    const Page& p = as<Page>(r.record);
    std::string own = p.live ? p.slug : "";
    b.pages({live_place(corpus, p.chapter.empty() ? "index" : "plan"), own}).show("body", {own});
}

// A chapter page's title shows on the page itself and in the index page's list.
void live_page_shape(const Corpus& corpus, const RecordView& r, RecordBuilder& b) {
    const LivePage& p = as<LivePage>(r.record);
    std::vector<std::string> headings;
    for (const auto& s : p.sections) { headings.push_back(s.heading); }
    b.pages({p.slug, live_place(corpus, "index")}).show("slug", {p.slug}).show("shows", {p.slug});
    b.shown_on({p.slug}).list("sadaļas", headings);
}

using K = EntityKind;

const std::vector<KindShape> k_shapes = {
    {K::term, {"definition"}},
    {K::principle, {"description"}},
    {K::scale, {"number"}},
    {K::level, {"number"}},
    {K::role, {"number", "institution", "description", "focus", "scales", "levels"}, role_shape},
    {K::task, {"practice", "related"}, task_matrix, task_parts},
    {K::condition, {"items"}},
    {K::capability, {}, capability_shape},
    {K::line, {}, nullptr, milestones},
    {K::measure, {}, nullptr, activities},
    {K::institution_group, {"members"}, nullptr, exclusions},
    {K::page, {}, page_shape},
    {K::live_page, {}, live_page_shape},
};

}  // namespace

const KindShape* kind_shape(EntityKind kind) {
    auto it = std::find_if(k_shapes.begin(), k_shapes.end(), [&](const KindShape& s) { return s.kind == kind; });
    return it == k_shapes.end() ? nullptr : &*it;
}

}  // namespace pvpp
