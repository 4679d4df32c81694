// The shipped corpus: it validates clean and holds what the policy holds, so an
// accidental deletion fails the build.
#include <doctest/doctest.h>

#include <memory>
#include <set>

#include "load/corpus_loader.h"
#include "model/anchors.h"
#include "util/file_system.h"
#include "validate/validate.h"

using namespace pvpp;

namespace {

struct Shipped {
    Corpus corpus;
    CorpusIndex index;
    Diagnostics diags;
};

const Shipped& shipped() {
    static std::unique_ptr<Shipped> s = [] {
        auto x = std::make_unique<Shipped>();
        DiskFileSystem fs(PVPP_SOURCE_DIR);
        x->corpus = load_corpus(fs, x->diags);
        x->index = validate(x->corpus, x->diags);
        return x;
    }();
    return *s;
}

}  // namespace

TEST_CASE("the shipped corpus has no errors") {
    CHECK(shipped().diags.error_count() == 0);
}

TEST_CASE("the shipped corpus holds every principle, role, task, condition and action line") {
    const Corpus& c = shipped().corpus;
    CHECK(c.principles.size() == 7);
    CHECK(c.scales.size() == 4);
    CHECK(c.levels.size() == 3);
    CHECK(c.stages.size() == 9);
    CHECK(c.roles.size() == 10);
    CHECK(c.tasks.size() == 32);
    CHECK(c.condition_groups.size() == 10);
    CHECK(c.conditions.size() == 24);
    CHECK(c.lines.size() == 7);
}

TEST_CASE("every measure code of 003 5.1. is in the work plan") {
    std::set<std::string> expected = {"P1.1", "P1.2", "P1.3", "P2.1", "P2.2", "P2.3", "P2.4", "P3.1",
                                      "P3.2", "P4.1", "P4.2", "P4.3", "P4.4", "P4.5", "P4.6", "P5.1",
                                      "P5.2", "P5.3", "P6.1", "P6.2", "P6.3", "P6.4", "P7.1", "P7.2"};
    std::set<std::string> actual;
    for (const auto& m : shipped().corpus.measures) { actual.insert(m.code); }
    CHECK(actual == expected);
}

TEST_CASE("PU2-10's card is complete and every task code from PU1-1 to PU3-4 exists") {
    const auto& index = shipped().index;
    for (int n = 1; n <= 5; ++n) { CHECK(index.has(EntityKind::task, "PU1-" + std::to_string(n))); }
    for (int n = 1; n <= 23; ++n) { CHECK(index.has(EntityKind::task, "PU2-" + std::to_string(n))); }
    for (int n = 1; n <= 4; ++n) { CHECK(index.has(EntityKind::task, "PU3-" + std::to_string(n))); }
    REQUIRE(index.cards.count("PU2-10"));
    const TaskCard* card = index.cards.at("PU2-10");
    CHECK(card->result.head.status == SectionStatus::written);
    CHECK(card->duties.roles.size() == 5);
    CHECK_FALSE(card->guidance.actions.empty());
}

TEST_CASE("the corpus's headings give every role, task, condition and capability anchor the seeds quote") {
    const Shipped& s = shipped();
    std::set<std::string> anchors;
    for (const auto& r : s.corpus.roles) { anchors.insert(role_anchor(r)); }
    for (const auto& t : s.corpus.tasks) { anchors.insert(task_anchor(t)); }
    for (const auto& c : s.corpus.conditions) {
        anchors.insert(condition_anchor(
            c, s.index.find<ConditionGroup>(EntityKind::condition_group, "N" + std::to_string(c.group()))->name));
    }
    for (const auto& c : s.corpus.capabilities) { anchors.insert(capability_anchor(c)); }
    // Every anchor of a role, task, condition or capability in the seeds' varam.gov.lv links.
    for (const char* quoted : {
             "1-loma-pakalpojumu-parvaldibas-valsts-vadosa-iestade",
             "2-loma-pakalpojumu-parvaldibas-nozares-vadosa-iestade",
             "3-loma-pakalpojumu-parvaldibas-pasvaldibas-vadosa-iestade",
             "4-loma-iestades-pakalpojumu-kopuma-saimnieks", "5-loma-pakalpojuma-saimnieks",
             "6-loma-pakalpojuma-sniedzejs", "7-loma-pakalpojuma-sanemejs", "9-loma-resursa-saimnieks",
             "10-loma-resursa-lietotajs",
             "pu2-1-pakalpojumu-planosana-izveide-ieviesana-uzturesana-un-attistiba",
             "n1-4-vienveidiga-izveide-un-piedavasana-parvaldamiba",
             "n7-1-pakalpojumu-adaptivitate-automatizacija",
             "s1-2-pakalpojumu-parvaldibas-organizatoriska-struktura-nozaru-ministrijam-un-paklautibas-iestadem",
             "s1-5-pakalpojumu-parvaldibas-organizatoriskas-strukturas-optimizesana",
             "s2-1-pakalpojumu-kultura-un-tas-veidosana", "s2-2-pakalpojumu-parvaldibai-atbilstosas-vertibas",
             "s2-4-saimnieka-attieksme", "s3-2-personala-pietiekamiba"}) {
        CAPTURE(quoted);
        CHECK(anchors.count(quoted) == 1);
    }
}

#include "render/html/site_renderer.h"
#include "util/text.h"

TEST_CASE("the names the policy is known by appear with their diacritics in the generated site") {
    const Shipped& s = shipped();
    RenderConfig config{PVPP_SOURCE_DIR, "default", {}};
    RenderContext ctx{s.corpus, s.index, config};
    std::string all;
    for (const auto& page : site_pages(ctx)) {
        all += page.title + "\n";
        for (const auto& f : page.fields) { all += f.html + "\n"; }
        for (const auto& sec : page.sections) { all += sec.html + "\n"; }
    }
    for (const char* name : {
             // terms
             "Dzīves situācija", "Vajadzība", "Spējas", "Pakalpojumu pārvaldības sistēma", "Pakalpojumu vide",
             "Rezultativitāte", "Efektivitāte", "Individuāla labuma pakalpojums", "Vispārēja labuma pakalpojums",
             "Starpiestāžu pakalpojums", "Individuālas lietošanas pakalpojums", "Koplietošanas pakalpojums",
             "Vienkāršais pakalpojums", "Kompleksais pakalpojums", "Viedais pakalpojums", "Pakalpojumu saraksts",
             "Pakalpojumu kultūra", "Saimnieka attieksme", "Kompetenču centrs", "Pakalpojuma pieprasījums",
             "Individuālais pilnveides plāns", "Pakalpojumu attīstības plāns",
             // principles, scales, levels, stages
             "Orientācija uz vērtību", "Pēctecība", "Pakāpeniskums", "Atklātība un savstarpēja informētība",
             "Visaptveroša pieeja", "Vienkāršība un praktiskums", "Optimizācija un automatizācija",
             "Nodrošinājuma līmenis", "Sagatavošanās īstenošanai", "Uzturēšana un pilnveide", "Likvidēšana",
             // roles and carriers
             "Pakalpojumu pārvaldības valsts vadošā iestāde", "Pakalpojuma saņēmējs", "Resursa lietotājs",
             "Pakalpojumu kopuma vadītājs", "Resursu kopuma vadītājs",
             // practices, condition groups, conditions
             "Partneru pārvaldība", "Incidentu pārvaldība", "Piekļūstamības pārvaldība", "Sūdzību pārvaldība",
             "Pārvaldāmība", "Piekļūstamība", "Iesaiste, līdzdalība un sadarbība", "Digitālā transformācija",
             "Lietojamība", "Drošība", "Vienveidīga izveide un piedāvāšana", "Specializēti \"kompetenču centri\"",
             "Konfidencialitāte un personas datu aizsardzība",
             // capabilities and resources, measures, institutions
             "Kultūra", "Personāls (cilvēki)", "Partneri", "Informācija",
             "apmācīt iestāžu pārstāvjus par pakalpojumu veidiem", "Valsts tiešās pārvaldes iestādes"}) {
        CAPTURE(name);
        CHECK(all.find(pvpp::html_escape(name)) != std::string::npos);
    }
}
