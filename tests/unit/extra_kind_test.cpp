// A record kind registered only here — risks, a TOML file of records that name tasks — goes
// through every generic pass from its one descriptor: loaded with positions, checked, linked
// from prose, paged, searched, diffed, published as open data and counted.
#include <doctest/doctest.h>

#include <algorithm>

#include "test_site.h"

#include "compare/change.h"
#include "compare/record.h"
#include "model/record_kinds.h"
#include "render/data/csv_files.h"
#include "render/data/json_schema.h"
#include "render/common/edition.h"
#include "render/common/live_places.h"
#include "render/data/open_data.h"
#include "render/html/search_index.h"
#include "render/html/site_renderer.h"
#include "validate/completeness.h"

using namespace pvpp;

namespace {

// The kind for one test, dropped after it so that the other tests see the shipped list.
struct RiskKind {
    EntityKind kind;
    RiskKind() {
        RecordKindInfo info{EntityKind::term, "risk", "risks", "riski", "content/risks.toml", "[[risk]]", "RK1", {}};
        info.codes = {{"RK", '-', CodePattern::Sub::none, ""}};
        info.folder = "lv/riski/";
        info.live_shows = "risks";
        info.fields = {{"tasks", FieldKind::refs, EntityKind::task, "Uzdevumi"},
                       {"description", FieldKind::markdown, EntityKind::term, "Apraksts"},
                       {"owner", FieldKind::text, EntityKind::term, "Atbildīgais"}};
        kind = register_record_kind(std::move(info));
    }
    RiskKind(const RiskKind&) = delete;
    RiskKind& operator=(const RiskKind&) = delete;
    ~RiskKind() { reset_record_kinds(); }
};

const char* const k_risks = "[[risk]]\n"
                            "id = \"RK1\"\n"
                            "name = \"Novēlota plānošana\"\n"
                            "tasks = [\"PU2-1\"]\n"
                            "description = \"\"\"\nJa PU2-1 kavējas.\n\"\"\"\n"
                            "owner = \"Pakalpojuma saimnieks\"\n";

MemoryFileSystem corpus_files(const std::string& risks) {
    MemoryFileSystem files;
    files.add("content/tasks/PU2-1.toml", "code = \"PU2-1\"\nname = \"Plānošana\"\n");
    files.add("content/terms.toml", "[[term]]\nid = \"plans\"\nname = \"Plāns\"\n"
                                    "definition = \"\"\"\nSkatīt RK1.\n\"\"\"\n");
    if (!risks.empty()) { files.add("content/risks.toml", risks); }
    return files;
}

const PageView* page_at(const std::vector<PageView>& pages, const std::string& path) {
    auto it = std::find_if(pages.begin(), pages.end(), [&](const PageView& p) { return p.path == path; });
    return it == pages.end() ? nullptr : &*it;
}

std::string all_html(const PageView& p) {
    std::string html;
    for (const auto& f : p.fields) { html += f.label + ": " + f.html + "\n"; }
    for (const auto& s : p.sections) { html += s.heading + ": " + s.html + "\n"; }
    return html;
}

}  // namespace

TEST_CASE("a kind registered in a test is loaded with positions and checked") {
    RiskKind risks;
    auto site = test::load_site(corpus_files(k_risks));
    CHECK(site->diags.error_count() == 0);
    REQUIRE(site->corpus.records[risks.kind].size() == 1);
    const GenericRecord& r = site->corpus.records[risks.kind][0];
    CHECK(r.loc.file == "content/risks.toml");
    CHECK(r.loc.line == 1);
    CHECK(r.field("owner")->value == "Pakalpojuma saimnieks");
    CHECK(r.field("tasks")->refs.at(0).loc.line == 4);
    CHECK(site->index.has(risks.kind, "RK1"));
    CHECK(site->index.referrers_of({EntityKind::task, "PU2-1"}).at(0) == EntityKey{risks.kind, "RK1"});
    CHECK(site->index.referrers_of({risks.kind, "RK1"}).at(0) == EntityKey{EntityKind::term, "plans"});
}

TEST_CASE("a broken reference of a registered kind is an error at its line and column") {
    RiskKind risks;
    std::string broken = k_risks;
    broken.replace(broken.find("\"PU2-1\"]"), 7, "\"PU2-9\"");
    broken += "[[risk]]\nid = \"RK2\"\nname = \"Otrs\"\ndescription = \"Skatīt RK7.\"\nowner = \"Otrs\"\n";
    auto site = test::load_site(corpus_files(broken));
    auto found = site->diags.sorted();
    REQUIRE(found.size() == 2);
    CHECK(found[0].message == "uzdevums 'PU2-9' nav korpusā (vai domājāt PU2-1?)");
    CHECK(found[0].loc.file == "content/risks.toml");
    CHECK(found[0].loc.line == 4);
    CHECK(found[0].loc.column == 10);
    CHECK(found[1].message == "risk 'RK7' nav korpusā (vai domājāt RK1?)");
    CHECK(found[1].loc.line == 12);
    CHECK(found[1].loc.column == 23);  // columns count characters: "ī" is one
}

TEST_CASE("a registered kind is linked from prose, paged, indexed and searched") {
    RiskKind risks;
    auto site = test::load_site(corpus_files(k_risks));
    REQUIRE(site->diags.error_count() == 0);
    std::vector<PageView> pages = site_pages(site->context());
    const PageView* risk = page_at(pages, "lv/riski/rk1/");
    REQUIRE(risk);
    CHECK(risk->kind == "Risks");
    CHECK(risk->code == "RK1");
    CHECK(risk->title == "Novēlota plānošana");
    CHECK(all_html(*risk).find("Uzdevumi: <a href=\"../../../lv/uzdevumi/pu2-1/index.html\">PU2-1 Plānošana</a>") !=
          std::string::npos);
    CHECK(all_html(*risk).find("Atbildīgais: Pakalpojuma saimnieks") != std::string::npos);
    CHECK(all_html(*page_at(pages, "lv/jedzieni/plans/")).find("lv/riski/rk1/index.html\">RK1</a>") != std::string::npos);
    CHECK(all_html(*page_at(pages, "lv/uzdevumi/pu2-1/")).find("RK1 Novēlota plānošana</a>") != std::string::npos);
    const PageView* index = page_at(pages, "lv/riski/");
    REQUIRE(index);
    CHECK(index->title == "Riski");
    CHECK(all_html(*index).find("rk1/index.html\">RK1 Novēlota plānošana</a>") != std::string::npos);
    CHECK(all_html(*page_at(pages, "")).find("Riski: <ul><li><a href=\"lv/riski/rk1/index.html\">") != std::string::npos);
    auto entries = search_entries(pages);
    CHECK(std::any_of(entries.begin(), entries.end(), [](const SearchEntry& e) { return e.url == "lv/riski/rk1/"; }));
}

TEST_CASE("a registered kind is diffed, published as open data and counted") {
    RiskKind risks;
    auto before = test::load_site(corpus_files(""));
    auto after = test::load_site(corpus_files(k_risks));
    ChangeSet changes = compare_corpora(before->corpus, after->corpus);
    REQUIRE(changes.changes.size() == 1);
    CHECK(changes.changes[0].kind == RecordKind{risks.kind});
    CHECK(changes.changes[0].code == "RK1");
    CHECK(std::string(kind_names(changes.changes[0].kind).plural) == "riski");

    auto tables = opendata::open_data_tables(after->corpus);
    auto table = std::find_if(tables.begin(), tables.end(), [](const auto& t) { return t.name == "risks"; });
    REQUIRE(table != tables.end());
    CHECK(table->record == "risk");
    CHECK(table->rows.size() == 1);
    CHECK(table->fields.at(2).refers_to == "tasks");
    std::string json = json::write(opendata::open_data_json(after->corpus, tables));
    std::size_t risks_at = json.find("\"risks\":");
    REQUIRE(risks_at != std::string::npos);
    CHECK(json.find("\"RK1\"", risks_at) != std::string::npos);
    std::string schema = json::write(opendata::open_data_schema(tables));
    CHECK(schema.find("\"risk\"") != std::string::npos);
    auto csv = opendata::csv_files(tables);
    CHECK(std::any_of(csv.begin(), csv.end(), [](const OutputFile& f) { return f.path == "risks.csv"; }));

    Completeness counted = assess_completeness(after->corpus, after->index);
    CHECK(std::any_of(counted.rows.begin(), counted.rows.end(),
                      [](const CompletenessRow& row) { return row.label == "riski" && row.count == 1; }));
}

TEST_CASE("a registered kind has its live place and its sources; the public edition drops what is not a fact") {
    RiskKind risks;
    std::string marked = k_risks;
    marked += "fields.owner = { status = \"inferred\", how = \"no darbnīcas\" }\n";
    MemoryFileSystem files = corpus_files(marked);
    files.add("data/site.toml", "[[page]]\nid = \"riski\"\nslug = \"riski-lapa\"\ntitle = \"Riski\"\nshows = \"risks\"\n");
    auto site = test::load_site(files);
    REQUIRE(site->diags.error_count() == 0);
    LivePlace place = live_place(site->corpus, {risks.kind, "RK1"});
    CHECK(place.slug == "riski-lapa");
    CHECK(place.anchor == "novelota-planosana");
    std::vector<PageView> pages = site_pages(site->context());
    std::string risk_page = all_html(*page_at(pages, "lv/riski/rk1/"));  // its page links there, as a shipped kind's
    CHECK(risk_page.find("Vieta politikā: <a href=\"../../../lv/riski-lapa/index.html#novelota-planosana\"") !=
          std::string::npos);

    bool listed = false;
    visit_provenance(site->corpus, [&](EntityKind kind, const EntityKey& key, const Sourced& s) {
        if (kind == risks.kind && key.id == "RK1") {
            listed = !s.provenance.is_fact("owner") && s.provenance.is_fact("tasks");
        }
    });
    CHECK(listed);
    Corpus shown = corpus_for(Edition::public_, site->corpus);
    const GenericRecord& r = shown.records[risks.kind].at(0);
    CHECK(r.field("owner")->value.empty());
    CHECK(r.field("tasks")->refs.size() == 1);
    CHECK(site->corpus.records[risks.kind].at(0).field("owner")->value == "Pakalpojuma saimnieks");
}
