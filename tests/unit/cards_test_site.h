// A small in-memory corpus for the card tests: a PU2-10-like card with most
// sections written, and tasks with no card at all.
#pragma once
#include <doctest/doctest.h>

#include <set>

#include "render/common/link_check.h"
#include "test_site.h"

namespace pvpp::test {

/// How often needle occurs in hay.
inline std::size_t count(const std::string& hay, const std::string& needle) {
    std::size_t n = 0;
    for (auto at = hay.find(needle); at != std::string::npos; at = hay.find(needle, at + 1)) { ++n; }
    return n;
}

/// Every href="#x" in a file names an id="x" in the same file.
inline void check_anchors(const std::string& html) {
    std::set<std::string> ids;
    for (const auto& [at, id] : attribute_values(html, "id")) { ids.insert(id); }
    for (const auto& [at, href] : attribute_values(html, "href")) {
        if (!href.empty() && href[0] == '#') { CHECK_MESSAGE(ids.count(href.substr(1)), href); }
    }
}

inline std::unique_ptr<Site> cards_site() {
    MemoryFileSystem files;
    files.add("data/site.toml", "title = \"Vide\"\nbase_url = \"https://piemers.lv\"\n"
                                "further_info_url = \"https://piemers.lv/plasak\"\nsupport_email = \"palidziba@piemers.lv\"\n"
                                "[[page]]\nid = \"nosacijumi\"\nslug = \"3-nodala-nosacijumi\"\n"
                                "title = \"3. nodaļa. Nosacījumi\"\nshows = \"conditions\"\n");
    files.add("data/workplan.toml", "[[line]]\ncode = \"RV4\"\nname = \"Nosacījumu ieviešana\"\n"
                                    "[[measure]]\ncode = \"P4.4\"\nname = \"apmācīt komandas par nosacījumiem\"\n");
    files.add("content/capabilities.toml",
              "[[capability]]\ncode = \"S2\"\nname = \"Kultūra\"\nslug = \"s2-kultura\"\n"
              "[[capability]]\ncode = \"S2-4\"\nname = \"Saimnieka attieksme\"\ndescription = \"Rūpējas par resursiem.\"\n"
              "[[capability]]\ncode = \"S4\"\nname = \"Kompetences\"\ncard_part = \"competences\"\n"
              "[[resource]]\ncode = \"R2\"\nname = \"Digitālās tehnoloģijas\"\n"
              "fields.code = { status = \"inferred\", how = \"no uzskaitījuma secības\" }\n"
              "card_part = \"technologies\"\n");
    files.add("content/scales.toml", "[[scale]]\nid = \"valsts\"\nnumber = 1\nname = \"Valsts mērogs\"\nscope = \"valsts kopumā\"\n"
                                     "[[scale]]\nid = \"iestades\"\nnumber = 2\nname = \"Iestādes mērogs\"\nscope = \"konkrēta iestāde\"\n");
    files.add("content/levels.toml", "[[level]]\nid = \"politikas\"\nnumber = 1\nname = \"Politikas līmenis\"\n"
                                     "[[level]]\nid = \"pamatdarbibas\"\nnumber = 2\nname = \"Pamatdarbības līmenis\"\n");
    files.add("content/roles.toml",
              "[[role]]\nnumber = 2\nid = \"saimnieks\"\nname = \"Pakalpojuma saimnieks\"\nscales = [\"iestades\"]\n"
              "levels = [\"pamatdarbibas\"]\n[[role.carrier]]\ntitle = \"Pakalpojuma vadītājs\"\n"
              "text = \"iestādē ir konkrēts cilvēks\"\n"
              "[[role]]\nnumber = 1\nid = \"vadosa\"\nname = \"Valsts vadošā iestāde\"\nscales = [\"valsts\"]\n"
              "levels = [\"politikas\"]\ninstitution = \"VARAM\"\nfocus = \"sabiedrības vajadzības\"\n");
    files.add("content/competences.toml", "[[competence]]\nid = \"itil\"\nname = \"ITIL kompetences\"\nflag = \"deleģējama\"\n"
                                          "[[competence]]\nid = \"projekti\"\nname = \"Projektu vadība\"\n");
    files.add("content/conditions.toml", "[[group]]\nnumber = 4\nname = \"Sadarbība\"\n"
                                         "[[condition]]\ncode = \"N4-1\"\nname = \"Sadarbspēja\"\n");
    files.add("content/tasks/PU1-1.toml", "code = \"PU1-1\"\nname = \"Politikas plānošana\"\n[matrix]\nvadosa = \"A\"\n");
    files.add("content/tasks/PU3-2.toml", "code = \"PU3-2\"\nname = \"Dalībnieku iesaiste\"\n");
    files.add("content/tasks/PU2-10.toml",
              "code = \"PU2-10\"\nname = \"Starpiestāžu sadarbības koordinēšana\"\npractice = \"Partneru pārvaldība\"\n"
              "related = [\"PU3-2\"]\n[matrix]\nsaimnieks = \"A\"\nvadosa = \"L\"\n");
    files.add("content/cards/PU2-10.toml",
              "task = \"PU2-10\"\n[result]\nresult = \"- tiek veidota sadarbība\"\n"
              "[duties]\n[[duties.role]]\nrole = \"saimnieks\"\ntext = \"- Koordinē sadarbību ar PU3-2\"\n"
              "[conditions]\nconditions = [\"N4-1\"]\n"
              "[capabilities]\ncompetences = [\"itil\", \"projekti\"]\n"
              "[guidance]\nstatus = \"nav aprakstīts\"\n[scope]\nstatus = \"nav aprakstīts\"\n"
              "[related]\nstatus = \"nav aprakstīts\"\n[resources]\nstatus = \"nav aprakstīts\"\n");
    return load_site(files);
}

}  // namespace pvpp::test
