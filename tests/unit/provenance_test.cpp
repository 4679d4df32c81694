// Sources and status (model/provenance.h, load/provenance_reader.cpp): how a file, a record
// and a field say where their values come from, what the shipped corpus marks, and what
// each edition shows of a value that is not confirmed.
#include <doctest/doctest.h>

#include <algorithm>
#include <memory>

#include "model/record_kinds.h"
#include "render/common/edition.h"
#include "render/common/urls.h"
#include "render/html/entity_pages.h"
#include "render/html/site_renderer.h"
#include "test_site.h"
#include "validate/completeness.h"

using namespace pvpp;

namespace {

bool has(const std::string& hay, const std::string& needle) { return hay.find(needle) != std::string::npos; }

const test::Site& shipped() {
    static std::unique_ptr<test::Site> s = [] {
        DiskFileSystem fs(PVPP_SOURCE_DIR);
        return test::load_site(fs);
    }();
    return *s;
}

std::unique_ptr<test::Site> plan_site(const std::string& responsible_status) {
    MemoryFileSystem files;
    files.add("data/workplan.toml", "source = \"003 §5.1\"\n"
                                    "[[line]]\ncode = \"RV4\"\nname = \"Vadlīnijas\"\n"
                                    "[[measure]]\ncode = \"P4.1\"\nname = \"izveidot vadlīnijas\"\n"
                                    "responsible = [\"VARAM\"]\n"
                                    "fields.responsible = { status = \"" + responsible_status +
                                        "\", how = \"no viena OCR uzraksta\", source = \"000 (1703. rinda)\" }\n");
    return test::load_site(files);
}

std::string measure_html(const test::Site& site) {
    for (const auto& p : site_pages(site.context())) {
        if (p.path != url::of(EntityKind::measure, "P4.1")) { continue; }
        std::string html;
        for (const auto& f : p.fields) { html += f.label + ": " + f.html + "\n"; }
        return html;
    }
    FAIL("no page for P4.1");
    return "";
}

}  // namespace

TEST_CASE("a record inherits its file's source; a field names its own status") {
    auto site = plan_site("inferred");
    REQUIRE(site->diags.error_count() == 0);
    CHECK(site->diags.warning_count() == 0);
    const Measure& m = site->corpus.measures.at(0);
    CHECK(m.provenance.record.source == "003 §5.1");
    CHECK(m.provenance.record.status == Status::confirmed);
    CHECK(m.provenance.of("name").status == Status::confirmed);
    const Provenance& r = m.provenance.of("responsible");
    CHECK(r.status == Status::inferred);
    CHECK(r.how == "no viena OCR uzraksta");
    CHECK(r.source == "000 (1703. rinda)");
    CHECK(r.loc.line == 9);
    CHECK_FALSE(m.provenance.is_fact("responsible"));
}

TEST_CASE("an inferred value changed to confirmed appears in the public edition") {
    auto inferred = plan_site("inferred");
    inferred->config.edition = Edition::public_;
    CHECK_FALSE(has(measure_html(*inferred), "VARAM"));
    inferred->config.edition = Edition::review;
    std::string review = measure_html(*inferred);
    CHECK(has(review, "VARAM <span class=\"prov prov-inferred\""));
    CHECK(has(review, "no viena OCR uzraksta"));

    auto confirmed = plan_site("confirmed");
    confirmed->config.edition = Edition::public_;
    std::string html = measure_html(*confirmed);
    CHECK(has(html, "Atbildīgā institūcija: VARAM"));
    CHECK_FALSE(has(html, "prov"));
    CHECK(corpus_for(Edition::public_, confirmed->corpus).measures.at(0).responsible.size() == 1);
    CHECK(corpus_for(Edition::public_, inferred->corpus).measures.at(0).responsible.empty());
}

TEST_CASE("the matrix's confidence and note are the task's matrix field") {
    MemoryFileSystem files;
    files.add("content/roles.toml", "source = \"000\"\n[[role]]\nnumber = 1\nid = \"a\"\nname = \"A\"\n");
    files.add("content/tasks/PU2-1.toml", "source = \"004; 000\"\ncode = \"PU2-1\"\nname = \"U\"\n[matrix]\n"
                                          "confidence = \"low\"\nnote = \"kolonnas secinātas\"\na = \"A?\"\n");
    auto site = test::load_site(files);
    REQUIRE(site->diags.error_count() == 0);
    const Task& t = site->corpus.tasks.at(0);
    const Provenance& m = t.provenance.of("matrix");
    CHECK(m.status == Status::inferred);
    CHECK(m.confidence == "low");
    CHECK(m.how == "kolonnas secinātas");
    CHECK(m.source == "004; 000");
    CHECK(t.matrix_note == "kolonnas secinātas");
}

TEST_CASE("the shipped corpus: Table 1's work-plan applicability is unknown but for the four exclusions") {
    const Corpus& c = shipped().corpus;
    REQUIRE(c.institution_groups.size() == 6);
    for (const auto& g : c.institution_groups) {
        CAPTURE(g.number);
        CHECK(g.provenance.record.status == Status::confirmed);
        CHECK(g.provenance.of("work_plan").status == Status::unknown);
        CHECK(g.provenance.of("outside_work_plan").status == Status::unknown);
        CHECK(g.provenance.is_fact("members"));
    }
    REQUIRE(c.exclusions.size() == 4);
    for (const auto& e : c.exclusions) {
        CHECK(e.provenance.record.status == Status::confirmed);
        CHECK(has(e.provenance.record.source, "§4.1.5"));
    }
    Corpus shown = corpus_for(Edition::public_, c);
    for (const auto& g : shown.institution_groups) {
        CHECK_FALSE(g.work_plan.has_value());
        CHECK(g.outside_work_plan.empty());
    }
}

TEST_CASE("the shipped corpus: P4.1–P4.6 responsible is inferred, the document date unknown") {
    const Corpus& c = shipped().corpus;
    int p4 = 0;
    for (const auto& m : c.measures) {
        if (m.line_code() != "RV4") { continue; }
        CAPTURE(m.code);
        ++p4;
        CHECK(m.responsible == std::vector<std::string>{"VARAM"});
        const Provenance& r = m.provenance.of("responsible");
        CHECK(r.status == Status::inferred);
        CHECK(has(r.how, "VARAM organizētas apmācības"));
        CHECK(has(r.source, "000"));
    }
    CHECK(p4 == 6);
    CHECK(c.site.provenance.of("created").status == Status::unknown);
    CHECK(document_date(c).year == 1980);
}

TEST_CASE("the shipped corpus: S8 and R1 codes and slugs and the S2-2 quadrants are inferred") {
    const Corpus& c = shipped().corpus;
    auto cap = [&](const std::string& code) -> const Capability& {
        return *std::find_if(c.capabilities.begin(), c.capabilities.end(), [&](const Capability& x) { return x.code == code; });
    };
    for (const char* code : {"S8", "R1"}) {
        CAPTURE(code);
        CHECK(cap(code).provenance.of("code").status == Status::inferred);
        CHECK(cap(code).provenance.of("slug").status == Status::inferred);
        CHECK(cap(code).inferred);
    }
    CHECK(cap("S2-2").provenance.of("description").status == Status::inferred);
    CHECK_FALSE(cap("S2").inferred);
    CHECK(cap("S2").provenance.record.status == Status::confirmed);
}

TEST_CASE("the shipped corpus names a source for every record") {
    const test::Site& s = shipped();
    CHECK(s.diags.error_count() == 0);
    CHECK(s.diags.warning_count() == 0);
    Completeness c = assess_completeness(s.corpus, s.index);
    int unmarked = 0;
    for (const auto& n : c.provenance) { unmarked += n.unmarked; }
    CHECK(unmarked == 0);
    CHECK_FALSE(c.worklist.empty());
    bool lists_created = std::any_of(c.worklist.begin(), c.worklist.end(), [](const WorkItem& w) {
        return w.field == "created" && w.provenance.status == Status::unknown;
    });
    CHECK(lists_created);
}

TEST_CASE("every shipped record kind's records carry their provenance") {
    for (const auto& k : record_kinds()) {
        CAPTURE(k.name);
        CHECK((k.provenance || k.records));
    }
}

TEST_CASE("a work-plan date marked inferred is left out of the public edition and kept in the review one") {
    auto with_status = [](const char* status) {
        MemoryFileSystem files;
        files.add("data/workplan.toml", std::string("source = \"003 §5.1\"\n[[line]]\ncode = \"RV3\"\nname = \"Regulējums\"\n"
                                                    "start = 2024-07-01\nend = 2025-12-31\n"
                                                    "fields.start = { status = \"") + status +
                                            "\", how = \"nolasīts no OCR 'ol0724'\", source = \"000 (33. rinda)\" }\n");
        return test::load_site(files);
    };
    for (Edition e : {Edition::public_, Edition::review}) {
        auto inferred = with_status("inferred");
        hide_unconfirmed_dates(e, inferred->corpus);
        const Schedule& s = inferred->corpus.lines.at(0).schedule;
        CHECK(s.start.has_value() == (e == Edition::review));
        CHECK(s.end.has_value());  // the confirmed end stays
        auto confirmed = with_status("confirmed");
        hide_unconfirmed_dates(e, confirmed->corpus);
        CHECK(confirmed->corpus.lines.at(0).schedule.start.has_value());
    }
}
