// The P2.3 self-assessment workbook. The corpus defines no development levels, so the
// rating is a 0–4 scale labelled as this template's own; the summary averages it per part.
#include "render/xlsx/self_assessment_workbook.h"

#include "render/xlsx/contents_sheet.h"
#include "render/xlsx/sheet_builder.h"

namespace pvpp {
namespace {

constexpr const char* k_scale_sheet = "Skala";
constexpr const char* k_scale_range = "=Skala!$A$3:$A$7";
constexpr const char* k_scale_note =
    "Skala 0–4 ir šīs veidnes pieņēmums: politika attīstības līmeņus nenosaka.";

struct Item {
    std::string code;
    std::string name;
};

/// A part of the policy to rate: its sheet and the rows it rates.
struct Part {
    std::string sheet;
    std::string title;
    std::vector<Item> items;
};

std::vector<Part> parts(const Corpus& corpus) {
    Part tasks{"Uzdevumi", "Pakalpojumu pārvaldības uzdevumu (PU) izpilde iestādē", {}};
    for (const auto& t : corpus.tasks) { tasks.items.push_back({t.code, t.name}); }
    Part conditions{"Nosacījumi", "Pakalpojumu izveides, sniegšanas un pilnveides nosacījumu (N) izpilde", {}};
    for (const auto& c : corpus.conditions) { conditions.items.push_back({c.code, c.name}); }
    Part capabilities{"Spējas un resursi", "Spēju (S) un resursu (R) pietiekamība", {}};
    for (const auto& c : corpus.capabilities) { capabilities.items.push_back({c.code, c.name}); }
    return {tasks, conditions, capabilities};
}

// "'Uzdevumi'!$C$3:$C$34": the rating column of a part's sheet.
std::string rating_range(const Part& p) {
    return "'" + p.sheet + "'!$C$3:$C$" + std::to_string(2 + std::max<std::size_t>(1, p.items.size()));
}

SheetSpec part_sheet(const Part& p) {
    SheetBuilder b(p.sheet, p.title, {{"Kods", 9}, {"Nosaukums", 70}, {"Vērtējums (0–4)", 12}, {"Piezīmes", 50}}, 1);
    for (const auto& i : p.items) {
        Cell rating = text_cell("", Style::input);
        rating.kind = Cell::Kind::blank;
        Cell notes = rating;
        notes.style = Style::wrap;
        b.add({text_cell(i.code, Style::code), text_cell(i.name), rating, notes});
    }
    if (!p.items.empty()) {
        int last = b.next_row() - 1;
        b.sheet().validations.push_back({Range{2, 2, last, 2}, k_scale_range, "Vērtējums 0–4",
                                         "Izvēlieties 0–4 (skatīt lapu “Skala”). " + std::string(k_scale_note)});
    }
    return b.finish();
}

Cell formula(std::string source, Style style) {
    Cell c = text_cell(std::move(source), style);
    c.kind = Cell::Kind::formula;
    return c;
}

SheetSpec summary_sheet(const std::vector<Part>& all) {
    SheetBuilder b("Kopsavilkums", "Pašnovērtējuma kopsavilkums pa politikas daļām",
                   {{"Daļa", 30}, {"Novērtēti", 11}, {"Kopā", 9}, {"Vidējais vērtējums (0–4)", 14}}, 1);
    for (const auto& p : all) {
        std::string range = rating_range(p);
        // The values the formulas have while nothing is rated yet: 0 rated, no average.
        Cell average = formula("=IFERROR(AVERAGE(" + range + "),\"\")", Style::decimal);
        average.blank_result = true;
        b.add({link_cell(p.sheet, p.sheet), formula("=COUNT(" + range + ")", Style::number),
               number_cell(static_cast<double>(p.items.size())), average});
    }
    SheetSpec s = b.finish();
    s.rows.push_back(Row{});
    int row = static_cast<int>(s.rows.size());
    s.rows.push_back(Row{{}, 0, 33});
    s.merges.push_back({Range{row, 0, row, 3}, text_cell(k_scale_note, Style::note)});
    std::string last = std::to_string(2 + all.size());
    s.charts.push_back({"Vidējais vērtējums pa politikas daļām", "='Kopsavilkums'!$A$3:$A$" + last,
                        "='Kopsavilkums'!$D$3:$D$" + last, "Vērtējums (0–4)", 4, row + 2, 0});
    return s;
}

SheetSpec scale_sheet() {
    SheetBuilder b(k_scale_sheet, "Vērtējuma skala (veidnes pieņēmums, politika līmeņus nenosaka)",
                   {{"Vērtējums", 11}, {"Nozīme", 70}}, 1);
    const char* meanings[] = {"nav ieviests", "sākts: atsevišķi elementi, nav sistēmas",
                              "daļēji ieviests", "lielākoties ieviests", "pilnībā ieviests un tiek pilnveidots"};
    for (int i = 0; i < 5; ++i) { b.add({number_cell(i), text_cell(meanings[i])}); }
    return b.finish();
}

}  // namespace

WorkbookSpec self_assessment_workbook(const Corpus& corpus) {
    WorkbookSpec w = workbook_head(k_self_assessment_file, "Pakalpojumu pārvaldības pašnovērtējums",
                                   "P2.3 iestādes pašnovērtējums pret pakalpojumu pārvaldības politiku",
                                   "pašnovērtējums; P2.3; uzdevumi; nosacījumi; spējas; resursi", corpus.site.created);
    auto all = parts(corpus);
    std::vector<ContentsEntry> entries;
    for (const auto& p : all) {
        entries.push_back({part_sheet(p), p.title + ": ierakstiet vērtējumu 0–4 un piezīmes"});
    }
    entries.push_back({summary_sheet(all), "Novērtēto rindu skaits un vidējais vērtējums katrai daļai (formulas)"});
    entries.push_back({scale_sheet(), "Vērtējuma skalas nozīme"});
    w.sheets = with_contents("Pakalpojumu pārvaldības pašnovērtējums (P2.3)", std::move(entries));
    return w;
}

}  // namespace pvpp
