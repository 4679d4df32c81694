// The national picture's sheets. Counts are numbers, not formulas, so they read the same
// in every program; institutions' text is written as strings only.
#include "render/xlsx/national_picture_workbook.h"

#include "render/xlsx/contents_sheet.h"
#include "render/xlsx/sheet_builder.h"

namespace pvpp {
namespace {

std::vector<ColumnSpec> count_columns(std::vector<ColumnSpec> lead) {
    for (int l = 0; l <= k_max_rating; ++l) { lead.push_back({std::to_string(l), 6}); }
    lead.push_back({"Nav vērtēts", 9});
    lead.push_back({"Vidējais", 9});
    return lead;
}

void add_counts(std::vector<Cell>& cells, const LevelCounts& c) {
    for (int n : c) { cells.push_back(number_cell(n)); }  // levels 0…4, then the unrated
    std::optional<double> average = average_rating(c);
    cells.push_back(average ? number_cell(*average, Style::decimal) : text_cell(""));
}

SheetSpec overall_sheet(const PictureInput& in) {
    SheetBuilder b("Kopā", "Vērtējumu skaits pa līmeņiem visās iestādēs",
                   count_columns({{"Daļa", 16}, {"Kods", 9}, {"Nosaukums", 60}}), 2);
    for (const auto& item : in.picture.items) {
        std::vector<Cell> cells = {text_cell(in.parts[item.part].sheet), text_cell(item.code, Style::code),
                                   text_cell(item.name)};
        add_counts(cells, item.overall);
        b.add(std::move(cells));
    }
    return b.finish();
}

SheetSpec by_group_sheet(const PictureInput& in) {
    SheetBuilder b("Pa grupām", "Vērtējumu skaits pa līmeņiem katrā iestāžu grupā",
                   count_columns({{"Grupa", 30}, {"Kods", 9}, {"Nosaukums", 60}}), 0);
    for (const auto& [number, label] : in.groups) {
        if (!in.picture.institutions.contains(number)) { continue; }
        for (const auto& item : in.picture.items) {
            std::vector<Cell> cells = {text_cell(label), text_cell(item.code, Style::code), text_cell(item.name)};
            add_counts(cells, item.by_group.at(number));
            b.add(std::move(cells));
        }
    }
    return b.finish();
}

SheetSpec ratings_sheet(const PictureInput& in) {
    SheetBuilder b("Vērtējumi", "Visi vērtējumi (viena rinda – viens vērtējums)",
                   {{"Iestāde", 30}, {"Grupa", 8}, {"Kods", 9}, {"Nosaukums", 50}, {"Vērtējums", 10}, {"Piezīmes", 50}},
                   1);
    for (const auto& a : in.assessments) {
        for (std::size_t p = 0; p < in.parts.size() && p < a.parts.size(); ++p) {
            for (std::size_t i = 0; i < a.parts[p].size(); ++i) {
                const Rating& r = a.parts[p][i];
                b.add({text_cell(a.institution), number_cell(a.group), text_cell(r.code, Style::code),
                       text_cell(in.parts[p].items[i].name), r.level ? number_cell(*r.level) : text_cell(""),
                       text_cell(r.note)});
            }
        }
    }
    SheetSpec s = b.finish();
    // One line a row: the table is for filtering, not reading (the title row keeps its height).
    for (std::size_t r = 2; r < s.rows.size(); ++r) { s.rows[r].height = 0; }
    return s;
}

SheetSpec institutions_sheet(const PictureInput& in) {
    SheetBuilder b("Iestādes", "Iestādes, kuru pašnovērtējumi nolasīti",
                   {{"Iestāde", 40},
                    {"Grupa", 30},
                    {"Datums", 11},
                    {"Novērtētājs", 30},
                    {"Fails", 30},
                    {"Plānā rindu", 10},
                    {"Nav novērtētas", 10},
                    {"Plāns", 30}},
                   1);
    for (std::size_t i = 0; i < in.assessments.size(); ++i) {
        const Assessment& a = in.assessments[i];
        const PlanView& v = in.plans[i];
        b.add({text_cell(a.institution), text_cell(v.group), text_cell(a.date), text_cell(a.assessor),
               text_cell(a.file), number_cell(static_cast<double>(v.items.size())), number_cell(v.unrated),
               text_cell("plani/" + v.slug + ".xlsx")});
    }
    return b.finish();
}

SheetSpec missing_sheet(const PictureInput& in) {
    SheetBuilder b("Neiesniegušās", "Iestādes, kas pašnovērtējumu nav iesniegušas", {{"Iestāde", 70}}, 0);
    for (const auto& name : in.picture.missing) { b.add({text_cell(name)}); }
    return b.finish();
}

}  // namespace

WorkbookSpec national_picture_workbook(const PictureInput& in) {
    std::vector<ContentsEntry> entries;
    entries.push_back({overall_sheet(in),
                       "Katrs uzdevums, nosacījums, spēja un resurss: cik iestāžu to novērtēja "
                       "ar 0, 1, 2, 3, 4; cik nenovērtēja; vidējais"});
    entries.push_back({by_group_sheet(in), "Tas pats katrā iestāžu grupā (1. tabula)"});
    entries.push_back({ratings_sheet(in), "Visi vērtējumi un piezīmes, viena rinda katram vērtējumam"});
    entries.push_back({institutions_sheet(in), "Nolasītās iestādes un to plānu projekti"});
    entries.push_back({missing_sheet(in), "Iestādes no saraksta, kas nav iesniegušas pašnovērtējumu"});
    return {.file = k_national_picture_file,
            .title = "Pašnovērtējumu kopaina valstī",
            .subject = "P2.3 pašnovērtējumu kopsavilkums: vērtējumu skaits pa līmeņiem",
            .keywords = "pašnovērtējums; P2.3; kopaina",
            .created = in.created,
            .sheets = with_contents("Pašnovērtējumu kopaina valstī (P2.3)", std::move(entries))};
}

}  // namespace pvpp
