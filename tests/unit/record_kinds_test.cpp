// The record-kind list (model/record_kinds.h): one description per kind, and each reference
// field stated once yet both checked and turned into backlinks.
#include "model/record_kinds.h"

#include <doctest/doctest.h>

#include <algorithm>
#include <memory>

#include "compare/record.h"
#include "load/corpus_loader.h"
#include "model/parts.h"
#include "render/common/edition.h"
#include "render/data/open_data.h"
#include "util/file_system.h"
#include "validate/completeness.h"
#include "validate/validate.h"

using namespace pvpp;

TEST_CASE("every record kind has one description, in EntityKind order") {
    const auto& kinds = record_kinds();
    REQUIRE(kinds.size() == static_cast<std::size_t>(EntityKind::live_page) + 1);
    for (std::size_t i = 0; i < kinds.size(); ++i) {
        CAPTURE(kinds[i].name);
        CHECK(kinds[i].kind == static_cast<EntityKind>(i));
        CHECK(&record_kind(kinds[i].kind) == &kinds[i]);
        CHECK(std::string(kinds[i].singular).size() > 0);
        CHECK(std::string(kinds[i].plural).size() > 0);
        CHECK((std::string(kinds[i].file).starts_with("content/") || std::string(kinds[i].file).starts_with("data/")));
    }
}

TEST_CASE("a reference field stated once is both checked and a backlink") {
    MemoryFileSystem fs;
    fs.add("content/terms.toml", "[[term]]\nid = \"a\"\nname = \"A\"\nsee_also = [\"b\", \"bx\"]\n"
                                 "[[term]]\nid = \"b\"\nname = \"B\"\n");
    Diagnostics diags;
    Corpus corpus = load_corpus(fs, diags);
    CorpusIndex index = validate(corpus, diags);
    REQUIRE(diags.sorted().size() == 1);
    CHECK(diags.sorted()[0].message == "jēdziens 'bx' nav korpusā (vai domājāt b?)");
    CHECK(diags.sorted()[0].loc.line == 4);
    CHECK(index.referrers_of({EntityKind::term, "b"}).size() == 1);
    CHECK(index.referrers_of({EntityKind::term, "b"})[0].id == "a");
}

TEST_CASE("every reference in the shipped corpus names a record and shows as its backlink") {
    DiskFileSystem fs(PVPP_SOURCE_DIR);
    Diagnostics diags;
    Corpus corpus = load_corpus(fs, diags);
    CorpusIndex index = validate(corpus, diags);
    int refs = 0;
    visit_refs(corpus, [&](const EntityKey& owner, EntityKind kind, const Ref& ref) {
        ++refs;
        CAPTURE(ref.id);
        CHECK(index.has(kind, ref.id));
        const auto& from = index.referrers_of({kind, ref.id});
        CHECK((owner == EntityKey{kind, ref.id} || std::find(from.begin(), from.end(), owner) != from.end()));
    });
    CHECK(refs > 100);
}

// Until these passes run from the list too, a kind they leave out fails here, not silently.
namespace {

std::string snake(std::string name) {
    std::replace(name.begin(), name.end(), ' ', '_');
    return name;
}

bool ends_with_word(const std::string& label, const std::string& plural) {
    return label == plural || label.ends_with(" " + plural);
}

}  // namespace

TEST_CASE("pvpp diff, the open data and the completeness report name every record kind") {
    DiskFileSystem fs(PVPP_SOURCE_DIR);
    Diagnostics diags;
    Corpus corpus = load_corpus(fs, diags);
    CorpusIndex index = validate(corpus, diags);
    auto tables = opendata::open_data_tables(corpus);
    Completeness completeness = assess_completeness(corpus, index);
    std::vector<Record> diffed = corpus_records(corpus);
    for (const auto& k : record_kinds()) {
        CAPTURE(k.name);
        CHECK(std::any_of(diffed.begin(), diffed.end(), [&](const Record& r) { return r.kind.kind == k.kind; }));
        // The live site's chapter pages are the site's configuration (data/site.toml), not published data.
        if (k.kind == EntityKind::live_page) { continue; }
        CHECK(std::any_of(tables.begin(), tables.end(), [&](const auto& t) { return t.record == snake(k.name); }));
        CHECK(std::any_of(completeness.rows.begin(), completeness.rows.end(),
                          [&](const auto& row) { return ends_with_word(row.label, k.plural); }));
    }
}

TEST_CASE("each part is listed on one kind; its file's parts' sources are counted or only stripped") {
    for (const RecordPart* part :
         {&k_task_groups, &k_carriers, &k_matrix, &k_milestones, &k_activities, &k_exclusions, &k_live_sections}) {
        CAPTURE(part->key);
        CHECK(std::count_if(record_kinds().begin(), record_kinds().end(), [&](const RecordKindInfo& k) {
                  return std::count(k.parts.begin(), k.parts.end(), part) == 1;
              }) == 1);
    }
    DiskFileSystem fs(PVPP_SOURCE_DIR);
    Diagnostics diags;
    Corpus corpus = load_corpus(fs, diags);
    std::vector<std::string> sourced;  // the ids of the items of the work plan's and Table 1's parts
    visit_provenance(corpus, [&](EntityKind kind, const EntityKey& key, const Sourced&) {
        if (kind == EntityKind::institution_group || kind == EntityKind::line) { sourced.push_back(key.id); }
        CHECK(key.kind == kind);
    });
    CHECK(std::count(sourced.begin(), sourced.end(), corpus.exclusions.at(0).number) == 1);
    CHECK(std::count(sourced.begin(), sourced.end(), corpus.milestones.at(0).name) == 0);
    REQUIRE_FALSE(corpus.milestones.at(0).provenance.record.source.empty());
    REQUIRE_FALSE(corpus.task_group_roles.at(0).provenance.record.source.empty());
    Corpus shown = corpus_for(Edition::public_, corpus);
    for (const auto& m : shown.milestones) { CHECK(m.provenance.record.source.empty()); }
    for (const auto& g : shown.task_group_roles) { CHECK(g.provenance.record.source.empty()); }
    for (const auto& e : shown.exclusions) { CHECK(e.provenance.record.source.empty()); }
    CHECK(shown.exclusions.at(0).provenance.record.status == Status::confirmed);
}
