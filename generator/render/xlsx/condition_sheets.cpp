// Appendix 1's sheets of conditions, capabilities and resources, and the card catalogues.
#include "render/common/edition.h"
#include "render/xlsx/markdown_items.h"
#include "render/xlsx/policy_sheets.h"
#include "render/xlsx/sheet_builder.h"

namespace pvpp {

SheetSpec conditions_sheet(const Corpus& corpus) {
    SheetBuilder b("Nosacījumi", "Pakalpojumu izveides, sniegšanas un pilnveides nosacījumi (N)",
                   {{"Kods", 9}, {"Nosaukums", 60}, {"Apraksts", 80}}, 1);
    for (const auto& g : corpus.condition_groups) {
        b.add({text_cell(g.code(), Style::group), text_cell(g.name, Style::group),
               text_cell(markdown_plain(g.description.markdown))},
              1);
        for (const auto& c : corpus.conditions) {
            if (c.group() != g.number) { continue; }
            b.add({text_cell(c.code, Style::code), text_cell(c.name), text_cell(markdown_plain(c.description.markdown))},
                  2);
            for (const auto& item : c.items) { b.add({text_cell(c.code), text_cell("– " + item), text_cell("")}, 3); }
        }
    }
    return b.finish();
}

SheetSpec capabilities_sheet(const Corpus& corpus) {
    SheetBuilder b("Spējas un resursi", "Pakalpojumiem un pakalpojumu pārvaldībai nepieciešamās spējas (S) un resursi (R)",
                   {{"Kods", 9}, {"Nosaukums", 50}, {"Veids", 10}, {review_text::k_code_inferred, 10}, {"Apraksts", 80},
                    {review_text::k_provenance_label, 30}},
                   1);
    for (const auto& c : corpus.capabilities) {
        bool sub = c.code.find('-') != std::string::npos;
        b.add({text_cell(c.code, sub ? Style::code : Style::group), text_cell(c.name, sub ? Style::wrap : Style::group),
               text_cell(c.resource ? "resurss" : "spēja"), text_cell(c.inferred ? "jā" : ""),
               field_cell(markdown_plain(c.description.markdown), c.provenance, "description"),
               text_cell(provenance_summary(c.provenance, EntityKind::capability))},
              sub ? 2 : 1);
    }
    return b.finish();
}

SheetSpec catalogue_sheet(const std::string& name, const std::string& title, const std::vector<CatalogueItem>& items) {
    SheetBuilder b(name, title, {{"Nr.", 6}, {"Nosaukums", 60}, {"Pazīme", 22}, {"Apraksts", 70}}, 1);
    int n = 0;
    for (const auto& i : items) {
        b.add({number_cell(++n), text_cell(i.name, Style::code), text_cell(i.flag),
               text_cell(markdown_plain(i.description.markdown))});
    }
    return b.finish();
}

}  // namespace pvpp
