// The plan draft's sheets: who assessed and on what basis, then the plan grouped by part
// of the policy in the policy's order. Institution text (names, notes) is written as
// strings only, so a note such as "=HYPERLINK(…)" stays text.
#include "render/xlsx/improvement_plan_workbook.h"

#include "render/xlsx/contents_sheet.h"
#include "render/xlsx/sheet_builder.h"

namespace pvpp {
namespace {

SheetSpec about_sheet(const PlanView& v) {
    const Assessment& a = *v.assessment;
    SheetBuilder b("Par plānu", "Individuālā pilnveides plāna projekts (P2.4)", {{"Lauks", 34}, {"Vērtība", 80}}, 0);
    b.add({text_cell("Iestāde", Style::code), text_cell(a.institution)});
    b.add({text_cell("Iestāžu grupa (1. tabula)", Style::code), text_cell(v.group)});
    b.add({text_cell("Novērtējuma datums", Style::code), text_cell(a.date)});
    b.add({text_cell("Novērtētājs", Style::code), text_cell(a.assessor)});
    b.add({text_cell("Pašnovērtējuma fails", Style::code), text_cell(a.file)});
    b.add({text_cell("Rindas plānā (zem sagaidāmā līmeņa)", Style::code),
           number_cell(static_cast<double>(v.items.size()))});
    b.add({text_cell("Nenovērtētas rindas", Style::code), number_cell(v.unrated)});
    b.add({text_cell("Sagaidāmais līmenis", Style::code), text_cell(k_expected_level_note, Style::note)});
    SheetSpec s = b.finish();
    s.autofilter.reset();
    return s;
}

SheetSpec plan_sheet(const PlanView& v) {
    SheetBuilder b("Plāns", "Pilnveidojamās jomas: " + v.assessment->institution,
                   {{"Kods", 9},
                    {"Nosaukums", 45},
                    {"Vērtējums", 10},
                    {"Iestādes piezīmes", 35},
                    {"Atbildīgās lomas (matrica)", 35},
                    {"Vadlīnijas", 40},
                    {"Pasākums", 35},
                    {"Atbildīgā persona", 20},
                    {"Ceturksnis", 12},
                    {"Finansējums un tā avots", 25}},
                   1);
    const Cell answer = blank_cell(Style::input_text);  // what the institution plans
    std::size_t part = v.parts.size();
    std::string subgroup;
    for (std::size_t i = 0; i < v.items.size(); ++i) {
        const PlanItem& item = v.items[i];
        if (item.part != part) {
            part = item.part;
            subgroup.clear();
            b.add({text_cell(v.parts[part], Style::group)});
        }
        if (v.subgroups[i] != subgroup && !v.subgroups[i].empty()) {
            subgroup = v.subgroups[i];
            b.add({text_cell(subgroup, Style::subgroup)}, 1);
        }
        const ItemRefs& r = v.refs[i];
        std::string guidance = r.guidance_url.empty() ? "" : r.guidance_title + "\n" + r.guidance_url;
        b.add({text_cell(item.code, Style::code), text_cell(item.name), number_cell(item.level), text_cell(item.note),
               text_cell(r.roles), text_cell(guidance), answer, answer, answer, answer},
              v.subgroups[i].empty() ? 1 : 2);
    }
    return b.finish();
}

}  // namespace

WorkbookSpec improvement_plan_workbook(const PlanView& plan, const Date& created) {
    std::vector<ContentsEntry> entries;
    entries.push_back({about_sheet(plan), "Iestāde, novērtējums un sagaidāmais līmenis"});
    entries.push_back({plan_sheet(plan),
                       "Uzdevumi, nosacījumi, spējas un resursi ar vērtējumu zem sagaidāmā "
                       "līmeņa; iestāde aizpilda pasākumu, atbildīgo, ceturksni un finansējumu"});
    return {.file = "plani/" + plan.slug + ".xlsx",
            .title = "Individuālā pilnveides plāna projekts",
            .subject = "P2.4 individuālais pilnveides plāns: " + plan.assessment->institution,
            .keywords = "pilnveides plāns; P2.4; pašnovērtējums",
            .created = created,
            .sheets = with_contents("Individuālā pilnveides plāna projekts (P2.4): " + plan.assessment->institution,
                                    std::move(entries))};
}

}  // namespace pvpp
