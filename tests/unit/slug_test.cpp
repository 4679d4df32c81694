// Every varam.gov.lv anchor the seeds quote must come out of slugify from its heading.
#include <doctest/doctest.h>

#include "util/slug.h"

using pvpp::slugify;

TEST_CASE("slugify reproduces the live role anchors") {
    CHECK(slugify("1. loma \"Pakalpojumu pārvaldības valsts vadošā iestāde\"") ==
          "1-loma-pakalpojumu-parvaldibas-valsts-vadosa-iestade");
    CHECK(slugify("2. loma \"Pakalpojumu pārvaldības nozares vadošā iestāde\"") ==
          "2-loma-pakalpojumu-parvaldibas-nozares-vadosa-iestade");
    CHECK(slugify("3. loma \"Pakalpojumu pārvaldības pašvaldības vadošā iestāde\"") ==
          "3-loma-pakalpojumu-parvaldibas-pasvaldibas-vadosa-iestade");
    CHECK(slugify("4. loma \"Iestādes pakalpojumu kopuma saimnieks\"") == "4-loma-iestades-pakalpojumu-kopuma-saimnieks");
    CHECK(slugify("5. loma \"Pakalpojuma saimnieks\"") == "5-loma-pakalpojuma-saimnieks");
    CHECK(slugify("6. loma \"Pakalpojuma sniedzējs\"") == "6-loma-pakalpojuma-sniedzejs");
    CHECK(slugify("7. loma \"Pakalpojuma saņēmējs\"") == "7-loma-pakalpojuma-sanemejs");
    CHECK(slugify("9. loma \"Resursa saimnieks\"") == "9-loma-resursa-saimnieks");
    CHECK(slugify("10. loma \"Resursa lietotājs\"") == "10-loma-resursa-lietotajs");
}

TEST_CASE("slugify reproduces the live task and condition anchors") {
    CHECK(slugify("PU2-1 Pakalpojumu plānošana, izveide, ieviešana, uzturēšana un attīstība") ==
          "pu2-1-pakalpojumu-planosana-izveide-ieviesana-uzturesana-un-attistiba");
    CHECK(slugify("N1-4 Vienveidīga izveide un piedāvāšana (Pārvaldāmība)") ==
          "n1-4-vienveidiga-izveide-un-piedavasana-parvaldamiba");
    CHECK(slugify("N7-1 Pakalpojumu adaptivitāte (Automatizācija)") ==
          "n7-1-pakalpojumu-adaptivitate-automatizacija");
}

TEST_CASE("slugify reproduces the live capability anchors and page slugs") {
    CHECK(slugify("S2-4 Saimnieka attieksme") == "s2-4-saimnieka-attieksme");
    CHECK(slugify("S2-1 Pakalpojumu kultūra un tās veidošana") == "s2-1-pakalpojumu-kultura-un-tas-veidosana");
    CHECK(slugify("S2-2 Pakalpojumu pārvaldībai atbilstošas vērtības") ==
          "s2-2-pakalpojumu-parvaldibai-atbilstosas-vertibas");
    CHECK(slugify("S3-2 Personāla pietiekamība") == "s3-2-personala-pietiekamiba");
    CHECK(slugify("S1-5 Pakalpojumu pārvaldības organizatoriskās struktūras optimizēšana") ==
          "s1-5-pakalpojumu-parvaldibas-organizatoriskas-strukturas-optimizesana");
    CHECK(slugify("S3 Personāls (cilvēki)") == "s3-personals-cilveki");
    CHECK(slugify("S1 Organizatoriskā struktūra") == "s1-organizatoriska-struktura");
    CHECK(slugify("4. nodaļa. Pakalpojumiem un pakalpojumu pārvaldībai nepieciešamās spējas un resursi") ==
          "4-nodala-pakalpojumiem-un-pakalpojumu-parvaldibai-nepieciesamas-spejas-un-resursi");
    CHECK(slugify("1.4. apakšnodaļa. Pakalpojumu pārvaldības dalībnieku lomas un pienākumi") ==
          "14-apaksnodala-pakalpojumu-parvaldibas-dalibnieku-lomas-un-pienakumi");
    CHECK(slugify("Resursi un spējas") == "resursi-un-spejas");
    CHECK(slugify("Pakalpojumi") == "pakalpojumi");
    CHECK(slugify("Pakalpojumu pārvaldība") == "pakalpojumu-parvaldiba");
    CHECK(slugify("Pakalpojumu pārvaldības tvērums – pakalpojumi un iestādes") ==
          "pakalpojumu-parvaldibas-tverums-pakalpojumi-un-iestades");
    CHECK(slugify("S1-2 Pakalpojumu pārvaldības organizatoriskā struktūra nozaru ministrijām un pakļautības iestādēm") ==
          "s1-2-pakalpojumu-parvaldibas-organizatoriska-struktura-nozaru-ministrijam-un-paklautibas-iestadem");
    CHECK(slugify("Pakalpojumu vides pilnveides plānošanas vieta vispārējā plānošanas sistēmā") ==
          "pakalpojumu-vides-pilnveides-planosanas-vieta-vispareja-planosanas-sistema");
    CHECK(slugify("P2.1. Vadlīnijas pakalpojumu un pakalpojumu pārvaldības novērtēšanai un pilnveides plānu izveidei") ==
          "p21-vadlinijas-pakalpojumu-un-pakalpojumu-parvaldibas-novertesanai-un-pilnveides-planu-izveidei");
    CHECK(slugify("3. nodaļa. Pakalpojumu izveides, sniegšanas un pilnveides nosacījumi") ==
          "3-nodala-pakalpojumu-izveides-sniegsanas-un-pilnveides-nosacijumi");
    CHECK(slugify("2.2. apakšnodaļa. Pakalpojumu pārvaldības uzdevumi (PU)") ==
          "22-apaksnodala-pakalpojumu-parvaldibas-uzdevumi-pu");
    CHECK(slugify("Ievads. Pakalpojumu pārvaldības pamatjēdzieni") == "ievads-pakalpojumu-parvaldibas-pamatjedzieni");
    CHECK(slugify("S4 Kompetences") == "s4-kompetences");
    CHECK(slugify("Dzīves situācijas un vajadzības") == "dzives-situacijas-un-vajadzibas");
}

TEST_CASE("slugify folds every Latvian letter, both cases, and trims hyphens") {
    CHECK(slugify("ĀČĒĢĪĶĻŅŠŪŽ āčēģīķļņšūž") == "acegiklnsuz-acegiklnsuz");
    CHECK(slugify("  «Saimnieka» — attieksme!  ") == "saimnieka-attieksme");
    CHECK(slugify("P4.2. pasākums") == "p42-pasakums");
    CHECK(slugify("") == "");
}

TEST_CASE("is_safe_slug refuses what could escape or clash") {
    using pvpp::is_safe_slug;
    CHECK(is_safe_slug("s2-kultura"));
    CHECK_FALSE(is_safe_slug(""));
    CHECK_FALSE(is_safe_slug(".."));
    CHECK_FALSE(is_safe_slug("a/b"));
    CHECK_FALSE(is_safe_slug(std::string("a\0b", 3)));
    CHECK_FALSE(is_safe_slug("con"));
    CHECK_FALSE(is_safe_slug("lpt1"));
    CHECK_FALSE(is_safe_slug("Lielie"));
}
