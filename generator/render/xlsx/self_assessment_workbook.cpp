// The P2.3 self-assessment workbook. The corpus defines no development levels, so the
// rating is a 0–4 scale labelled as this template's own; the summary averages it per part.
// Every sheet is protected without a password: only the answer cells (the institution's
// details, ratings and notes) can be changed, so a filled workbook can be read back by
// `pvpp novertejumi` at the cells the template put them in (model/assessment_form.h).
#include "render/xlsx/self_assessment_workbook.h"

#include "model/assessment_form.h"
#include "render/common/edition.h"
#include "render/xlsx/contents_sheet.h"
#include "render/xlsx/sheet_builder.h"

namespace pvpp {
namespace {

constexpr const char* k_scale_sheet = "Skala";
constexpr const char* k_scale_range = "=Skala!$A$3:$A$7";
constexpr const char* k_scale_note = "Skala 0–4 ir šīs veidnes pieņēmums: politika attīstības līmeņus nenosaka.";

// "'Uzdevumi'!$C$3:$C$34": the rating column of a part's sheet.
std::string rating_range(const AssessmentPart& p) {
    return "'" + p.sheet + "'!$C$3:$C$" + std::to_string(2 + std::max<std::size_t>(1, p.items.size()));
}

SheetSpec part_sheet(const AssessmentPart& p) {
    SheetBuilder b(p.sheet, p.title, {{"Kods", 9}, {"Nosaukums", 70}, {"Vērtējums (0–4)", 12}, {"Piezīmes", 50}}, 1);
    for (const auto& i : p.items) {
        b.add({text_cell(i.code, Style::code), text_cell(i.name), blank_cell(Style::input),
               blank_cell(Style::input_text)});
    }
    if (!p.items.empty()) {
        int last = b.next_row() - 1;
        b.sheet().validations.push_back({Range{2, 2, last, 2}, k_scale_range, "Vērtējums 0–4",
                                         "Izvēlieties 0–4 (skatīt lapu “Skala”). " + std::string(k_scale_note)});
    }
    return b.finish();
}

// The institution's details: name, Table 1 group (a drop-down from the "Grupas" sheet,
// a range rather than a typed list, which Excel caps at 255 characters), date, assessor.
SheetSpec info_sheet(std::size_t groups) {
    SheetBuilder b(k_assessment_info_sheet, "Iestāde, kas veic pašnovērtējumu", {{"Lauks", 34}, {"Atbilde", 70}}, 0);
    const Style styles[] = {Style::input_text, Style::input_text, Style::input_date, Style::input_text};
    for (std::size_t i = 0; i < k_info_labels.size(); ++i) {
        b.add({text_cell(k_info_labels[i], Style::code), blank_cell(styles[i])});
    }
    std::string last = std::to_string(2 + std::max<std::size_t>(1, groups));
    b.sheet().validations.push_back({Range{k_info_first_row + 1, 1, k_info_first_row + 1, 1},
                                     std::string("=") + k_assessment_groups_sheet + "!$A$3:$A$" + last, "Iestāžu grupa",
                                     "Izvēlieties grupu no PVPP2027 1. tabulas (lapa “Grupas”)."});
    SheetSpec s = b.finish();
    s.autofilter.reset();
    return s;
}

SheetSpec groups_sheet(const Corpus& corpus) {
    SheetBuilder b(k_assessment_groups_sheet, "Iestāžu grupas (PVPP2027 1. tabula)", {{"Grupa", 70}}, 0);
    for (const auto* g : policy_groups(corpus)) { b.add({text_cell(group_label(*g))}); }
    return b.finish();
}

Cell formula(std::string source, Style style) {
    Cell c = text_cell(std::move(source), style);
    c.kind = Cell::Kind::formula;
    return c;
}

SheetSpec summary_sheet(const std::vector<AssessmentPart>& all) {
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
    const char* meanings[] = {"nav ieviests", "sākts: atsevišķi elementi, nav sistēmas", "daļēji ieviests",
                              "lielākoties ieviests", "pilnībā ieviests un tiek pilnveidots"};
    for (int i = 0; i <= k_max_rating; ++i) { b.add({number_cell(i), text_cell(meanings[i])}); }
    SheetSpec s = b.finish();
    s.rows.push_back(Row{});
    s.rows.push_back(Row{{text_cell("", Style::note), text_cell(k_expected_level_note, Style::note)}, 0, 33});
    return s;
}

}  // namespace

WorkbookSpec self_assessment_workbook(const Corpus& corpus) {
    auto all = assessment_parts(corpus);
    std::vector<ContentsEntry> entries;
    entries.push_back({info_sheet(policy_groups(corpus).size()),
                       "Iestādes nosaukums, grupa, novērtējuma datums un novērtētājs (aizpilda iestāde)"});
    for (const auto& p : all) {
        entries.push_back({part_sheet(p), p.title + ": ierakstiet vērtējumu 0–4 un piezīmes"});
    }
    entries.push_back({summary_sheet(all), "Novērtēto rindu skaits un vidējais vērtējums katrai daļai (formulas)"});
    entries.push_back({scale_sheet(), "Vērtējuma skalas nozīme un sagaidāmais līmenis"});
    entries.push_back({groups_sheet(corpus), "Iestāžu grupas (izvēlnes saraksts)"});
    WorkbookSpec w{.file = k_self_assessment_file,
                   .title = "Pakalpojumu pārvaldības pašnovērtējums",
                   .subject = "P2.3 iestādes pašnovērtējums pret pakalpojumu pārvaldības politiku",
                   .keywords = "pašnovērtējums; P2.3; uzdevumi; nosacījumi; spējas; resursi",
                   .created = document_date(corpus),
                   .sheets = with_contents("Pakalpojumu pārvaldības pašnovērtējums (P2.3)", std::move(entries))};
    for (auto& s : w.sheets) { s.protect = true; }  // the contents sheet too
    return w;
}

}  // namespace pvpp
