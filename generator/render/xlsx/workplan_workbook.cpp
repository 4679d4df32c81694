// Appendix 2: the work plan with its outline, the institution groups and the exclusions,
// behind a contents sheet (the Gantt sheet is in gantt_sheet.cpp).
#include "render/xlsx/workplan_workbook.h"

#include "render/common/edition.h"
#include "render/xlsx/contents_sheet.h"
#include "render/xlsx/markdown_items.h"
#include "render/xlsx/sheet_builder.h"
#include "render/xlsx/workplan_sheets.h"
#include "util/text.h"

namespace pvpp {

std::vector<PlanRow> plan_rows(const Corpus& corpus) {
    std::vector<PlanRow> rows;
    for (const auto& line : corpus.lines) {
        rows.push_back({line.code, line.name, &line.schedule, nullptr, 1});
        for (const auto& m : corpus.measures) {
            if (m.line_code() != line.code) { continue; }
            rows.push_back({m.code, m.name, &m.schedule, &m, 2});
            for (const auto& a : m.activities) { rows.push_back({m.code, a.name, &a.schedule, &m, 3}); }
        }
    }
    return rows;
}

Cell percent_cell(const std::optional<int>& percent) {
    if (!percent) { return date_cell(std::nullopt); }
    return number_cell(*percent / 100.0, Style::percent);
}

namespace {

Style name_style(int outline) {
    return outline == 1 ? Style::group : outline == 2 ? Style::subgroup : Style::wrap;
}

// The months of the chart's label ("(05.-07.24)" → "05.2024–07.2024"), or "" with no label.
Cell period_cell(const Schedule& s) {
    if (!s.period_from || !s.period_to) { return text_cell(""); }
    return text_cell(format_month(*s.period_from) + "–" + format_month(*s.period_to));
}

std::vector<Cell> plan_cells(const PlanRow& r) {
    const Schedule& s = *r.schedule;
    bool own = r.outline == 2;  // results and institutions belong to the measure row
    Cell name = text_cell(r.outline == 3 ? "– " + r.name : r.name, name_style(r.outline));
    return {text_cell(r.code, r.outline == 3 ? Style::wrap : name_style(r.outline)),
            name,
            text_cell(own ? markdown_plain(r.measure->result.markdown) : ""),
            text_cell(own ? markdown_plain(r.measure->indicator.markdown) : ""),
            date_cell(s.start),
            date_cell(s.end),
            period_cell(s),
            s.duration_days ? number_cell(*s.duration_days) : date_cell(std::nullopt),
            percent_cell(s.done_percent),
            own ? field_cell(join(r.measure->responsible, "\n"), r.measure->provenance, "responsible") : text_cell(""),
            text_cell(own ? join(r.measure->co_responsible, "\n") : ""),
            text_cell(own ? yes_no(r.measure->after_2027) : ""),
            text_cell(own ? provenance_summary(r.measure->provenance, EntityKind::measure) : "")};
}

// A milestone of the chart, above the action lines as in 000: its date, or empty cells
// when the chart's date cannot be read (never a guessed one), and no outline level.
std::vector<Cell> milestone_cells(const Milestone& m) {
    const Schedule& s = m.schedule;
    return {text_cell(""),
            text_cell(m.name, Style::subgroup),
            text_cell(""),
            text_cell(""),
            date_cell(s.start),
            date_cell(s.end),
            text_cell(""),
            date_cell(std::nullopt),
            percent_cell(s.done_percent),
            text_cell(""),
            text_cell(""),
            text_cell(""),
            text_cell(provenance_summary(m.provenance, EntityKind::line))};
}

}  // namespace

SheetSpec workplan_sheet(const Corpus& corpus) {
    SheetBuilder b("Darba plāns", "Pakalpojumu vides pilnveides plāna 2024.–2027. gadam darba plāns",
                   {{"Kods", 8}, {"Rīcības virziens / pasākums / apakšaktivitāte", 46}, {"Rezultāts", 30},
                    {"Rezultatīvais rādītājs", 28}, {"Sākums", 11}, {"Beigas", 11},
                    {"Plānotais periods (mēneši)", 10}, {"Ilgums (dienas)", 9},
                    {"Izpilde", 8}, {"Atbildīgā iestāde", 20}, {"Līdzatbildīgās iestādes", 24},
                    {"Turpinās pēc 2027. gada", 10}, {review_text::k_provenance_label, 30}},
                   2);
    for (const auto& m : corpus.milestones) { b.add(milestone_cells(m)); }
    for (const auto& r : plan_rows(corpus)) { b.add(plan_cells(r), r.outline); }
    return b.finish();
}

SheetSpec institutions_sheet(const Corpus& corpus) {
    SheetBuilder b("Iestāžu grupas", "Iestāžu grupas (1. tabula): kam piemēro politiku un darba plānu",
                   {{"Nr.", 5}, {"Grupa", 30}, {"Iestādes", 50}, {"Politika attiecas", 10},
                    {"Darba plāns attiecas", 10}, {"Darba plāns neattiecas uz", 30}, {"Piezīmes", 40},
                    {review_text::k_provenance_label, 30}},
                   2);
    for (const auto& g : corpus.institution_groups) {
        std::vector<std::string> outside;
        for (const auto& r : g.outside_work_plan) { outside.push_back(r.id); }
        b.add({number_cell(g.number), text_cell(g.name, Style::code), text_cell(join(g.members, "\n")),
               text_cell(yes_no(g.policy)), field_cell(yes_no(g.work_plan), g.provenance, "work_plan"),
               field_cell(join(outside, "\n"), g.provenance, "outside_work_plan"),
               text_cell(markdown_plain(g.notes.markdown)),
               text_cell(provenance_summary(g.provenance, EntityKind::institution_group))});
    }
    return b.finish();
}

SheetSpec exclusions_sheet(const Corpus& corpus) {
    SheetBuilder b("Izņēmumi", "Izņēmumi (4.1.5. punkts): iestādes, uz kurām netiek attiecināti darba plāna pasākumi (1. kārta)",
                   {{"Nr.", 8}, {"Izņēmums", 100}, {review_text::k_provenance_label, 30}}, 1);
    for (const auto& e : corpus.exclusions) {
        b.add({text_cell(e.number, Style::code), text_cell(e.name),
               text_cell(provenance_summary(e.provenance, EntityKind::institution_group))});
    }
    return b.finish();
}

WorkbookSpec workplan_workbook(const Corpus& corpus) {
    std::vector<ContentsEntry> entries;
    entries.push_back({workplan_sheet(corpus),
                       "Atskaites punkti, rīcības virzieni (1. līmenis), pasākumi (2.) un apakšaktivitātes (3.) ar termiņiem, "
                       "plānoto periodu un izpildi"});
    entries.push_back({gantt_sheet(corpus), "Tās pašas rindas pa mēnešiem 2024.–2027. gadā; tumšāka daļa — izpildītā"});
    entries.push_back({institutions_sheet(corpus), "Iestāžu grupas un politikas un darba plāna piemērojamība"});
    entries.push_back({exclusions_sheet(corpus), "4.1.5. punkta izņēmumi"});
    return {.file = k_workplan_file,
            .title = "Darba plāns",
            .subject = "PVPP2024–2027 2. pielikums",
            .keywords = "darba plāns; pasākumi; rīcības virzieni; PVPP2027",
            .created = document_date(corpus),
            .sheets = with_contents("PVPP2024–2027 2. pielikums. Darba plāns", std::move(entries))};
}

}  // namespace pvpp
