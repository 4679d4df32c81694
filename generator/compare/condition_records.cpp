// Condition groups and conditions, capabilities and resources, and the two card catalogues.
#include "compare/record_builder.h"
#include "compare/records.h"

namespace pvpp {
namespace {

// The chapter page lists the top-level capabilities; a capability's own live page
// (S2 "Kultūra") shows its description and its sub-items.
Record capability_record(const Capability& c, const LivePlaces& live) {
    bool top = c.code.find('-') == std::string::npos;
    std::string chapter = top ? live.showing("capabilities") : "";
    std::string own = live.own_page(c);
    RecordBuilder b(c.resource ? RecordKind::resource : RecordKind::capability, c.code, c.name, {chapter, own});
    b.shown_on({chapter, own}).flag("kods secināts", c.inferred);
    b.shown_on({own}).text("apraksts", c.description);
    return b.shown_on({}).scalar("tiešsaistes lapa", c.slug).take();
}

void add_catalogue(RecordKind kind, const std::vector<CatalogueItem>& items, std::vector<Record>& out) {
    for (const auto& i : items) {
        out.push_back(RecordBuilder(kind, i.id, i.name).scalar("pazīme", i.flag).text("apraksts", i.description).take());
    }
}

}  // namespace

void add_condition_records(const Corpus& corpus, const LivePlaces& live, std::vector<Record>& out) {
    std::string page = live.showing("conditions");
    for (const auto& g : corpus.condition_groups) {
        RecordBuilder b(RecordKind::condition_group, g.code(), g.name, {page});
        out.push_back(b.text("apraksts", g.description).take());
    }
    for (const auto& c : corpus.conditions) {
        RecordBuilder b(RecordKind::condition, c.code, c.name, {page});
        out.push_back(b.shown_on({page}).list("apakšpunkti", c.items).shown_on({}).text("apraksts", c.description).take());
    }
    for (const auto& c : corpus.capabilities) { out.push_back(capability_record(c, live)); }
    add_catalogue(RecordKind::competence, corpus.competences, out);
    add_catalogue(RecordKind::technology, corpus.technologies, out);
}

}  // namespace pvpp
