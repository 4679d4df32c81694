// The generic loader: a shipped kind's fields reach its struct through their setters, a field
// derived from others is never read from a key, and what a descriptor states about its values
// (required keys, allowed values, ranges) is checked at the value for any kind.
#include <doctest/doctest.h>

#include "load/corpus_loader.h"
#include "model/record_kinds.h"
#include "util/file_system.h"

using namespace pvpp;

namespace {

Corpus load(const char* path, const char* text, Diagnostics& diags) {
    MemoryFileSystem fs;
    fs.add(path, text);
    return load_corpus(fs, diags);
}

}  // namespace

TEST_CASE("a shipped kind's fields reach its struct with its position, provenance and hook's parts") {
    Diagnostics diags;
    Corpus corpus =
        load("content/roles.toml",
             "source = \"000\"\n[[role]]\nid = \"saimnieks\"\nnumber = 5\nname = \"Pakalpojuma saimnieks\"\n"
             "scales = [\"iestades\"]\nrules = [\"Viens\"]\n[[role.carrier]]\ntitle = \"Vadītājs\"\n",
             diags);
    CHECK(diags.error_count() == 0);
    REQUIRE(corpus.roles.size() == 1);
    const Role& r = corpus.roles[0];
    CHECK(r.loc == SourceLoc{"content/roles.toml", 2, 1});
    CHECK(r.id == "saimnieks");
    CHECK(r.number == 5);
    CHECK(r.name == "Pakalpojuma saimnieks");
    REQUIRE(r.scales.size() == 1);
    CHECK(r.scales[0].loc == SourceLoc{"content/roles.toml", 6, 11});
    CHECK(r.rules == std::vector<std::string>{"Viens"});
    REQUIRE(r.carriers.size() == 1);
    CHECK(r.carriers[0].title == "Vadītājs");
    CHECK(r.provenance.record.source == "000");
}

TEST_CASE("a field derived from others is not a key; resources and inferred codes come from their hooks") {
    Diagnostics diags;
    Corpus corpus = load("content/capabilities.toml",
                         "[[capability]]\ncode = \"S2\"\nname = \"Kultūra\"\n"
                         "fields.code = { status = \"inferred\", how = \"003 saraksts\" }\n"
                         "[[resource]]\ncode = \"R1\"\nname = \"Informācija\"\ninferred = true\n",
                         diags);
    REQUIRE(corpus.capabilities.size() == 2);
    CHECK(corpus.capabilities[0].inferred);
    CHECK_FALSE(corpus.capabilities[0].resource);
    CHECK(corpus.capabilities[1].resource);
    CHECK_FALSE(corpus.capabilities[1].inferred);
    auto found = diags.sorted();
    REQUIRE(found.size() == 1);
    CHECK(found[0].loc == SourceLoc{"content/capabilities.toml", 8, 1});
    CHECK(found[0].message.find("'inferred'") != std::string::npos);
}

TEST_CASE("a descriptor's required keys, allowed values and ranges are checked at the value") {
    using F = FieldKind;
    RecordKindInfo info{EntityKind::term, "risk", "risks", "riski", "content/risks.toml", "[[risk]]", "", {}};
    info.fields = {{"level", F::text, EntityKind::term, "Līmenis", {}, "", false, {}, {}, {"zems", "augsts"}},
                   {"score", F::number, EntityKind::term, "Vērtējums", {}, "", true, 1, 5}};
    EntityKind risk = register_record_kind(std::move(info));
    Diagnostics diags;
    Corpus corpus = load("content/risks.toml", "[[risk]]\nid = \"RK1\"\nlevel = \"vidējs\"\nscore = 9\n", diags);
    reset_record_kinds();
    CHECK(corpus.records[risk].size() == 1);
    auto found = diags.sorted();
    REQUIRE(found.size() == 3);
    CHECK(found[0].loc == SourceLoc{"content/risks.toml", 1, 1});
    CHECK(found[0].message == "[[risk]]: trūkst obligātās atslēgas 'name'");
    CHECK(found[1].loc == SourceLoc{"content/risks.toml", 3, 9});
    CHECK(found[1].message == "level var būt tikai \"zems\" vai \"augsts\", nevis \"vidējs\"");
    CHECK(found[2].loc == SourceLoc{"content/risks.toml", 4, 9});
    CHECK(found[2].message == "'score' vērtībai jābūt skaitlim no 1 līdz 5");
}

TEST_CASE("a live page needs no title and keeps its sections and the positions of its slug and shows") {
    Diagnostics diags;
    Corpus corpus =
        load("data/site.toml",
             "source = \"000\"\n[[page]]\nid = \"lomas\"\nslug = \"lomas-un-pienakumi\"\nshows = \"roles\"\n"
             "[[page.section]]\nheading = \"5. loma\"\nterms = [\"saimnieks\"]\n",
             diags);
    CHECK(diags.error_count() == 0);
    REQUIRE(corpus.site.pages.size() == 1);
    const LivePage& p = corpus.site.pages[0];
    CHECK(p.title.empty());
    CHECK(p.slug_loc == SourceLoc{"data/site.toml", 4, 8});
    CHECK(p.shows_loc == SourceLoc{"data/site.toml", 5, 9});
    REQUIRE(p.sections.size() == 1);
    CHECK(p.sections[0].terms[0].id == "saimnieks");
    CHECK(p.provenance.record.source == "000");
}

TEST_CASE("a task file is one record: its matrix's source follows the task's overrides and inherits its own") {
    Diagnostics diags;
    Corpus corpus = load("content/tasks/PU1-1.toml",
                         "source = \"000\"\ncode = \"PU1-1\"\nname = \"Plānošana\"\n[matrix]\nloma = \"A?\"\n"
                         "[fields.name]\nstatus = \"unknown\"\n",
                         diags);
    CHECK(diags.error_count() == 0);
    REQUIRE(corpus.tasks.size() == 1);
    const Task& t = corpus.tasks[0];
    CHECK(t.loc == SourceLoc{"content/tasks/PU1-1.toml", 1, 1});
    REQUIRE(t.matrix.size() == 1);
    REQUIRE(t.provenance.fields.size() == 2);
    CHECK(t.provenance.fields[0].field == "name");
    CHECK(t.provenance.fields[1].field == "matrix");
    CHECK(t.provenance.fields[1].provenance.status == Status::inferred);  // a cell marked "?"
    CHECK(t.provenance.fields[1].provenance.source == "000");
}

TEST_CASE("a page's front matter is read by its descriptor: weight may be left out, body is no key") {
    Diagnostics diags;
    Corpus corpus =
        load("content/pages/par.md", "+++\ntitle = \"Par\"\nslug = \"par\"\nbody = \"x\"\n+++\nTeksts.\n", diags);
    REQUIRE(corpus.pages.size() == 1);
    const Page& p = corpus.pages[0];
    CHECK(p.weight == 0);
    CHECK(p.slug_loc == SourceLoc{"content/pages/par.md", 3, 8});
    CHECK(p.loc == SourceLoc{"content/pages/par.md", 1, 1});
    CHECK(p.body.markdown == "Teksts.\n");
    auto found = diags.sorted();
    REQUIRE(found.size() == 1);  // no "missing required key 'weight'"
    CHECK(found[0].loc == SourceLoc{"content/pages/par.md", 4, 1});
    CHECK(found[0].message.find("'body'") != std::string::npos);
}
