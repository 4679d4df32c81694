// The P2.3 self-assessment workbook spec: a rated row per task, condition and capability,
// the drop-down from the scale sheet, and the summary's formulas over each part.
#include <doctest/doctest.h>

#include "test_site.h"

#include "render/xlsx/self_assessment_workbook.h"

using namespace pvpp;

TEST_CASE("the self-assessment rates every task and condition and summarises each part") {
    MemoryFileSystem files;
    files.add("content/tasks/PU1-1.toml", "code = \"PU1-1\"\nname = \"=Uzdevums\"\n");
    files.add("content/tasks/PU2-1.toml", "code = \"PU2-1\"\nname = \"Otrs\"\n");
    files.add("data/institutions.toml", "[[group]]\nnumber = 1\nname = \"Valsts iestādes\"\nmembers = []\n");
    files.add("content/conditions.toml",
              "[[group]]\nnumber = 4\nname = \"Grupa\"\n[[condition]]\ncode = \"N4-1\"\nname = \"Nosacījums\"\n");
    auto site = test::load_site(files);
    REQUIRE(site->diags.error_count() == 0);
    WorkbookSpec w = self_assessment_workbook(site->corpus);
    CHECK(w.file == "pasnovertejums.xlsx");
    REQUIRE(w.sheets.size() == 8);
    const SheetSpec& info = w.sheets[1];
    CHECK(info.name == "Iestāde");
    CHECK(info.protect);
    REQUIRE(info.rows.size() == 6);
    CHECK(info.rows[2].cells[0].text == "Iestādes nosaukums");
    CHECK(info.rows[2].cells[1].style == Style::input_text);  // unlocked: the answer
    CHECK(info.rows[4].cells[1].style == Style::input_date);
    REQUIRE(info.validations.size() == 1);
    CHECK(info.validations[0].source == "=Grupas!$A$3:$A$3");  // a range: no 255-character list limit
    CHECK(info.validations[0].range.first_row == 3);
    const SheetSpec& tasks = w.sheets[2];
    CHECK(tasks.name == "Uzdevumi");
    REQUIRE(tasks.rows.size() == 4);
    CHECK(tasks.rows[2].cells[1].kind == Cell::Kind::text);  // "=Uzdevums" stays text
    CHECK(tasks.rows[2].cells[1].text == "=Uzdevums");
    CHECK(tasks.rows[2].cells[2].style == Style::input);
    CHECK(tasks.rows[2].cells[3].style == Style::input_text);
    CHECK(tasks.protect);
    REQUIRE(tasks.validations.size() == 1);
    CHECK(tasks.validations[0].source == "=Skala!$A$3:$A$7");
    CHECK(tasks.validations[0].range.last_row == 3);
    const SheetSpec& summary = w.sheets[5];
    CHECK(summary.name == "Kopsavilkums");
    CHECK(summary.rows[2].cells[1].kind == Cell::Kind::formula);
    CHECK(summary.rows[2].cells[1].text == "=COUNT('Uzdevumi'!$C$3:$C$4)");
    CHECK(summary.rows[3].cells[3].text == "=IFERROR(AVERAGE('Nosacījumi'!$C$3:$C$3),\"\")");
    CHECK(summary.rows[3].cells[3].blank_result);  // no average until something is rated
    REQUIRE(summary.charts.size() == 1);
    CHECK(summary.charts[0].values == "='Kopsavilkums'!$D$3:$D$5");
    CHECK(summary.charts[0].categories == "='Kopsavilkums'!$A$3:$A$5");
    CHECK(summary.charts[0].max == 4);
    CHECK(w.sheets[6].rows[2].cells[0].number == 0);
    CHECK(w.sheets[6].rows[6].cells[0].number == 4);
    CHECK(w.sheets[6].rows[8].cells[1].text.find("veidnes pieņēmums") != std::string::npos);
    CHECK(w.sheets[7].name == "Grupas");
    REQUIRE(w.sheets[7].rows.size() == 3);
    CHECK(w.sheets[7].rows[2].cells[0].text.starts_with("1. "));
}
