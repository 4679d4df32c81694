// Puts appendix 1's sheets together behind a contents sheet.
#include "render/common/edition.h"
#include "render/xlsx/policy_workbook.h"

#include "render/xlsx/contents_sheet.h"
#include "render/xlsx/policy_sheets.h"

namespace pvpp {

WorkbookSpec policy_workbook(const Corpus& corpus) {
    std::vector<ContentsEntry> entries;
    entries.push_back({terms_sheet(corpus), "Pakalpojumu pārvaldības jēdzieni un to definīcijas"});
    entries.push_back({principles_sheet(corpus), "Pakalpojumu pārvaldības vispārējie principi"});
    entries.push_back({axes_sheet(corpus), "Pakalpojumu pārvaldības mērogi (horizontāli) un līmeņi (vertikāli)"});
    entries.push_back({roles_sheet(corpus), "Lomas: atbilstošā iestāde, apraksts, mērogs, līmenis, fokuss, atbildīgie"});
    entries.push_back({stages_sheet(corpus), "Pakalpojumu pārvaldības posmi politikas un pamatdarbības līmenī"});
    entries.push_back({tasks_sheet(corpus), "Uzdevumi (PU) un katras lomas atbildība: A — atbildīgā, L — līdzatbildīgā"});
    entries.push_back({conditions_sheet(corpus), "Nosacījumu grupas (N), nosacījumi un to apakšpunkti, grupēti līmeņos"});
    entries.push_back({capabilities_sheet(corpus), "Spējas (S) un resursi (R)"});
    entries.push_back({catalogue_sheet("Kompetences", "Kompetences (uzdevumu kartīšu 6. sadaļa)", corpus.competences),
                       "Kompetences, kas vajadzīgas uzdevumu veikšanai"});
    entries.push_back({catalogue_sheet("Digitālās tehnoloģijas", "Digitālās tehnoloģijas (uzdevumu kartīšu 7. sadaļa)",
                                       corpus.technologies),
                       "Digitālās tehnoloģijas, kas vajadzīgas uzdevumu veikšanai"});
    entries.push_back({cards_sheet(corpus), "Uzdevumu kartīšu saturs: viens sadaļas punkts katrā rindā, filtrējams"});
    entries.push_back({lists_sheet(), "Izkrītošo izvēlņu vērtības (A/L)"});
    return {
        .file = k_policy_file,
        .title = "Pakalpojumu pārvaldības politika",
        .subject = "PVPP2024–2027 1. pielikums",
        .keywords = "pakalpojumu pārvaldība; lomas; uzdevumi; nosacījumi; PVPP2027",
        .created = document_date(corpus),
        .sheets = with_contents("PVPP2024–2027 1. pielikums. Pakalpojumu pārvaldības politika", std::move(entries))};
}

}  // namespace pvpp
