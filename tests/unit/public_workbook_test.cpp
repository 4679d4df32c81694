// The public edition of an appendix workbook (render/xlsx/public_workbook.h): inferred
// cells emptied and counted, review-only rows and columns gone, ranges kept in step.
#include <doctest/doctest.h>

#include "render/common/edition.h"
#include "render/xlsx/public_workbook.h"
#include "render/xlsx/sheet_builder.h"

using namespace pvpp;

namespace {

Cell inferred(const char* letter) { return text_cell(letter, Style::l_inferred); }

// Kods | Uzdevums | Tukša | 1. loma | Matricas nolasījuma ticamība, two tasks and a legend line.
SheetSpec matrix_sheet() {
    SheetBuilder b("Uzdevumi", "Uzdevumi",
                   {{"Kods", 9}, {"Uzdevums", 40}, {"Tukša", 10}, {"1. loma", 10}, {review_text::k_confidence_label, 12}},
                   1);
    b.add({text_cell("PU1-1"), text_cell("Plānošana"), text_cell(""), text_cell("A", Style::a_cell), text_cell("high")});
    b.add({text_cell("PU1-2"), text_cell("Plāni"), text_cell(""), inferred("L"), text_cell("medium")});
    b.sheet().validations.push_back({Range{2, 3, 3, 3}, "=Saraksti!$A$3:$A$4", "A vai L", ""});
    SheetSpec sheet = b.finish();
    Row legend;
    legend.cells = {text_cell(""), text_cell("L (slīpraksts) — secināts, nav apstiprināts"), text_cell(""), inferred("L")};
    sheet.rows.push_back(legend);
    return sheet;
}

}  // namespace

TEST_CASE("a public appendix sheet empties inferred cells, counts them, and drops review-only columns") {
    WorkbookSpec spec;
    spec.sheets.push_back(matrix_sheet());
    make_public(spec);
    const SheetSpec& s = spec.sheets[0];
    std::vector<std::string> header;
    for (const auto& c : s.rows[1].cells) { header.push_back(c.text); }
    CHECK(header == std::vector<std::string>{"Kods", "Uzdevums", "1. loma"});  // empty and review-only columns gone
    CHECK(s.widths.size() == 3);
    CHECK(s.rows[2].cells[2].text == "A");
    CHECK(s.rows[3].cells[2].kind == Cell::Kind::blank);  // PU1-2's inferred L
    CHECK(s.autofilter->last_col == 2);
    REQUIRE(s.validations.size() == 1);
    CHECK(s.validations[0].range.first_col == 2);
    // The legend line of inferred cells went; one line counts the open cells (the legend's sample not among them).
    CHECK(s.rows.back().cells[1].text == cells_being_confirmed(1));
    for (const auto& r : s.rows) {
        for (const auto& c : r.cells) { CHECK(c.text.find(review_text::k_inferred_title) == std::string::npos); }
    }
}

TEST_CASE("a sheet without data rows keeps its columns") {
    WorkbookSpec spec;
    spec.sheets.push_back(SheetBuilder("Tukšs", "Tukšs", {{"Kods", 9}, {"Apraksts", 40}}, 1).finish());
    make_public(spec);
    CHECK(spec.sheets[0].rows[1].cells.size() == 2);
}

TEST_CASE("a row made tall by a review-only column gets its height fitted again without it") {
    SheetBuilder b("Darba plāns", "Darba plāns", {{"Kods", 9}, {"Nosaukums", 40}, {review_text::k_provenance_label, 12}}, 1);
    std::string source(200, 'x');
    b.add({text_cell("P1.1"), text_cell("Pasākums"), text_cell(source)});
    WorkbookSpec spec;
    spec.sheets.push_back(b.finish());
    REQUIRE(spec.sheets[0].rows[2].height > 100);  // the source wraps in its narrow column
    make_public(spec);
    const SheetSpec& s = spec.sheets[0];
    REQUIRE(s.widths.size() == 2);
    CHECK(s.rows[2].height == 0);  // one line of text: the default height
    CHECK(s.rows[0].height == 20);  // the title's height, set by hand, stays
}
