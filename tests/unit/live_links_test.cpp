// Every varam.gov.lv link quoted in the seeds must resolve to the same path and
// anchor in the generated site, so published links keep working.
#include <doctest/doctest.h>

#include "test_site.h"

#include <filesystem>
#include <fstream>
#include <memory>
#include <sstream>

#include "load/corpus_loader.h"
#include "render/html/site_renderer.h"
#include "util/file_system.h"
#include "validate/validate.h"

using namespace pvpp;
using test::read_file;
namespace fs = std::filesystem;

namespace {

// All 31 distinct links found in seeds 000 and 004 (the path after https://www.varam.gov.lv/lv/).
const char* k_seed_links[] = {
    "12-apaksnodala-pakalpojumu-parvaldibas-vispareji-principi",
    "14-apaksnodala-pakalpojumu-parvaldibas-dalibnieku-lomas-un-pienakumi",
    "14-apaksnodala-pakalpojumu-parvaldibas-dalibnieku-lomas-un-pienakumi#1-loma-pakalpojumu-parvaldibas-valsts-vadosa-iestade",
    "14-apaksnodala-pakalpojumu-parvaldibas-dalibnieku-lomas-un-pienakumi#2-loma-pakalpojumu-parvaldibas-nozares-vadosa-iestade",
    "14-apaksnodala-pakalpojumu-parvaldibas-dalibnieku-lomas-un-pienakumi#3-loma-pakalpojumu-parvaldibas-pasvaldibas-vadosa-iestade",
    "14-apaksnodala-pakalpojumu-parvaldibas-dalibnieku-lomas-un-pienakumi#4-loma-iestades-pakalpojumu-kopuma-saimnieks",
    "14-apaksnodala-pakalpojumu-parvaldibas-dalibnieku-lomas-un-pienakumi#5-loma-pakalpojuma-saimnieks",
    "14-apaksnodala-pakalpojumu-parvaldibas-dalibnieku-lomas-un-pienakumi#6-loma-pakalpojuma-sniedzejs",
    "14-apaksnodala-pakalpojumu-parvaldibas-dalibnieku-lomas-un-pienakumi#7-loma-pakalpojuma-sanemejs",
    "14-apaksnodala-pakalpojumu-parvaldibas-dalibnieku-lomas-un-pienakumi#9-loma-resursa-saimnieks",
    "14-apaksnodala-pakalpojumu-parvaldibas-dalibnieku-lomas-un-pienakumi#10-loma-resursa-lietotajs",
    "22-apaksnodala-pakalpojumu-parvaldibas-uzdevumi-pu#pu2-1-pakalpojumu-planosana-izveide-ieviesana-uzturesana-un-attistiba",
    "3-nodala-pakalpojumu-izveides-sniegsanas-un-pilnveides-nosacijumi",
    "3-nodala-pakalpojumu-izveides-sniegsanas-un-pilnveides-nosacijumi#n1-4-vienveidiga-izveide-un-piedavasana-parvaldamiba",
    "3-nodala-pakalpojumu-izveides-sniegsanas-un-pilnveides-nosacijumi#n7-1-pakalpojumu-adaptivitate-automatizacija",
    "4-nodala-pakalpojumiem-un-pakalpojumu-parvaldibai-nepieciesamas-spejas-un-resursi",
    "ievads-pakalpojumu-parvaldibas-pamatjedzieni#dzives-situacijas-un-vajadzibas",
    "ievads-pakalpojumu-parvaldibas-pamatjedzieni#pakalpojumi",
    "ievads-pakalpojumu-parvaldibas-pamatjedzieni#pakalpojumu-parvaldiba",
    "ievads-pakalpojumu-parvaldibas-pamatjedzieni#pakalpojumu-parvaldibas-tverums-pakalpojumi-un-iestades",
    "ievads-pakalpojumu-parvaldibas-pamatjedzieni#resursi-un-spejas",
    "p21-vadlinijas-pakalpojumu-un-pakalpojumu-parvaldibas-novertesanai-un-pilnveides-planu-izveidei"
    "#pakalpojumu-vides-pilnveides-planosanas-vieta-vispareja-planosanas-sistema",
    "pakalpojumu-vides-pilnveide",
    "s1-organizatoriska-struktura#s1-2-pakalpojumu-parvaldibas-organizatoriska-struktura-nozaru-ministrijam-un-paklautibas-iestadem",
    "s1-organizatoriska-struktura#s1-5-pakalpojumu-parvaldibas-organizatoriskas-strukturas-optimizesana",
    "s2-kultura",
    "s2-kultura#s2-1-pakalpojumu-kultura-un-tas-veidosana",
    "s2-kultura#s2-2-pakalpojumu-parvaldibai-atbilstosas-vertibas",
    "s2-kultura#s2-4-saimnieka-attieksme",
    "s3-personals-cilveki#s3-2-personala-pietiekamiba",
    "s4-kompetences",
};

}  // namespace

TEST_CASE("every varam.gov.lv link in the seeds resolves to the same path and anchor") {
    Corpus corpus;
    Diagnostics diags;
    DiskFileSystem files(PVPP_SOURCE_DIR);
    corpus = load_corpus(files, diags);
    CorpusIndex index = validate(corpus, diags);
    REQUIRE(diags.error_count() == 0);
    RenderConfig config{PVPP_SOURCE_DIR, "default", {}};
    RenderContext ctx{corpus, index, config};
    OutputFolder out("site");
    SiteRenderer().render(ctx, out, diags);
    CHECK(diags.error_count() == 0);
    for (const char* link : k_seed_links) {
        std::string s(link);
        std::size_t hash = s.find('#');
        const std::string* page = out.find("lv/" + s.substr(0, hash) + "/index.html");
        CAPTURE(link);
        REQUIRE(page);
        if (hash != std::string::npos) {
            CHECK(page->find("id=\"" + s.substr(hash + 1) + "\"") != std::string::npos);
        }
    }
}
