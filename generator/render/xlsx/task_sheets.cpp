// Appendix 1's responsibility matrix: one row per task, one column per role holding
// A or L, limited by a drop-down to the lookup sheet's letters.
#include <algorithm>

#include "render/common/edition.h"
#include "render/xlsx/policy_sheets.h"
#include "render/xlsx/sheet_builder.h"
#include "util/text.h"

namespace pvpp {
namespace {

constexpr int k_first_role_col = 4;
constexpr const char* k_inferred_note =
    "Secināts: šūna nolasīta no atbildības matricas attēla un nav apstiprināta.";

std::vector<const Role*> roles_by_number(const Corpus& corpus) {
    std::vector<const Role*> roles;
    for (const auto& r : corpus.roles) { roles.push_back(&r); }
    std::stable_sort(roles.begin(), roles.end(), [](auto* a, auto* b) { return a->number < b->number; });
    return roles;
}

std::string level_group(int group) {
    switch (group) {
    case 1: return "Politikas līmenis";
    case 2: return "Pamatdarbības un nodrošinājuma līmenis";
    case 3: return "Visi līmeņi";
    default: return "";
    }
}

Cell letter_cell(const Task& task, const Role& role) {
    for (const auto& m : task.matrix) {
        if (m.role.id != role.id) { continue; }
        Cell c = text_cell(std::string(1, m.letter));
        bool a = m.letter == 'A';
        c.style = m.inferred ? (a ? Style::a_inferred : Style::l_inferred) : (a ? Style::a_cell : Style::l_cell);
        if (m.inferred) { c.comment = k_inferred_note; }
        return c;
    }
    return blank_cell();
}

std::vector<ColumnSpec> task_columns(const std::vector<const Role*>& roles) {
    std::vector<ColumnSpec> cols = {{"Kods", 9}, {"Uzdevums", 44}, {"Prakse", 22}, {"Līmeņu grupa", 12}};
    // "N. loma" only, as the policy numbers them: ten full names side by side would shrink
    // the printed page to 6 pt. The name is the header's note and is listed under the table.
    for (const Role* r : roles) { cols.push_back({std::to_string(r->number) + ". loma", 5.5, r->name}); }
    cols.push_back({review_text::k_confidence_label, 10});  // both review-only: make_public drops them
    cols.push_back({review_text::k_matrix_note_label, 36});
    return cols;
}

void add_legend(SheetSpec& sheet) {
    add_below(sheet, "Apzīmējumi", Style::group);
    const std::pair<Style, const char*> legend[] = {
        {Style::a_cell, "A — atbildīgā loma"},
        {Style::l_cell, "L — līdzatbildīgā loma"},
        {Style::a_inferred, "A (slīpraksts, gaišāks tonis, ar piezīmi) — secināts, nav apstiprināts"},
        {Style::l_inferred, "L (slīpraksts, gaišāks tonis, ar piezīmi) — secināts, nav apstiprināts"},
        // (make_public finds these two rows by their ending, review_text::k_inferred_title)
    };
    for (const auto& [style, text] : legend) {
        sheet.rows.push_back(Row{
            {text_cell(""), text_cell(text), text_cell(""), text_cell(""), text_cell(std::string(1, text[0]), style)}});
    }
}

// The roles the numbered columns stand for.
void add_role_names(SheetSpec& sheet, const std::vector<const Role*>& roles) {
    add_below(sheet, "Lomas", Style::group);
    for (const Role* r : roles) {
        sheet.rows.push_back(Row{{text_cell(""), text_cell(std::to_string(r->number) + ". loma — " + r->name)}});
    }
}

}  // namespace

SheetSpec tasks_sheet(const Corpus& corpus) {
    auto roles = roles_by_number(corpus);
    SheetBuilder b("Uzdevumi", "Pakalpojumu pārvaldības uzdevumi un lomu atbildība (A — atbildīgā, L — līdzatbildīgā)",
                   task_columns(roles), 2);
    std::vector<const Task*> tasks;
    for (const auto& t : corpus.tasks) { tasks.push_back(&t); }
    std::stable_sort(tasks.begin(), tasks.end(), [](auto* a, auto* b) { return natural_less(a->code, b->code); });
    int first = b.next_row();
    for (const Task* t : tasks) {
        std::vector<Cell> cells = {text_cell(t->code, Style::code), text_cell(t->name), text_cell(t->practice),
                                   text_cell(level_group(t->group()))};
        for (const Role* r : roles) { cells.push_back(letter_cell(*t, *r)); }
        cells.push_back(text_cell(t->confidence.empty() ? "" : confidence_label(t->confidence)));
        cells.push_back(text_cell(t->matrix_note));
        b.add(std::move(cells));
    }
    if (!roles.empty() && b.next_row() > first) {
        int last_role_col = k_first_role_col + static_cast<int>(roles.size()) - 1;
        b.sheet().validations.push_back(
            {Range{first, k_first_role_col, b.next_row() - 1, last_role_col}, k_letter_range, "A vai L",
             "A — atbildīgā loma, L — līdzatbildīgā loma"});
    }
    SheetSpec sheet = b.finish();
    add_legend(sheet);
    add_role_names(sheet, roles);
    fit_row_heights(sheet);
    return sheet;
}

SheetSpec lists_sheet() {
    SheetBuilder b(k_lists_sheet, "Sarakstu vērtības (izkrītošajām izvēlnēm)", {{"Vērtība", 10}, {"Nozīme", 40}}, 1);
    b.add({text_cell("A", Style::a_cell), text_cell("atbildīgā loma")});
    b.add({text_cell("L", Style::l_cell), text_cell("līdzatbildīgā loma")});
    return b.finish();
}

}  // namespace pvpp
