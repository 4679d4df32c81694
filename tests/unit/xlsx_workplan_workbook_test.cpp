// Appendix 2's workbook spec: the outlined work plan, real dates and percentages,
// the Gantt months and their conditional formats, institution groups.
#include <doctest/doctest.h>

#include "test_site.h"

#include "render/xlsx/workplan_sheets.h"
#include "render/xlsx/workplan_workbook.h"

using namespace pvpp;

namespace {

std::unique_ptr<test::Site> plan_site() {
    MemoryFileSystem files;
    files.add("data/workplan.toml",
              "[[line]]\ncode = \"RV1\"\nname = \"Virziens\"\n"
              "[[measure]]\ncode = \"P1.1\"\nname = \"Pasākums\"\nstart = 2024-05-06\nend = 2024-07-01\n"
              "done = 50\nresponsible = [\"VARAM\"]\n"
              "[[measure.activity]]\nname = \"Apakšaktivitāte\"\n");
    return test::load_site(files);
}

}  // namespace

TEST_CASE("the work plan outlines lines, measures and sub-activities with real dates and percentages") {
    auto site = plan_site();
    REQUIRE(site->diags.error_count() == 0);
    SheetSpec s = workplan_sheet(site->corpus);
    REQUIRE(s.rows.size() == 5);
    CHECK(s.rows[2].outline == 1);
    CHECK(s.rows[3].outline == 2);
    CHECK(s.rows[4].outline == 3);
    const Row& p = s.rows[3];
    CHECK(p.cells[0].text == "P1.1");
    CHECK(p.cells[4].kind == Cell::Kind::date);
    CHECK(p.cells[4].date.month == 5);
    CHECK(p.cells[5].date.day == 1);
    CHECK(p.cells[8].kind == Cell::Kind::number);
    CHECK(p.cells[8].number == doctest::Approx(0.5));
    CHECK(p.cells[8].style == Style::percent);
    CHECK(p.cells[9].text == "VARAM");
    CHECK(s.rows[4].cells[4].kind == Cell::Kind::blank);  // unknown, never guessed
}

TEST_CASE("milestones come first with their date or none, and a row known only by months shows them") {
    MemoryFileSystem files;
    files.add("data/workplan.toml",
              "[[milestone]]\nname = \"Gada beigas\"\ndate = 2024-12-31\ndone = 0\n"
              "[[milestone]]\nname = \"PVPP beigas\"\n"
              "[[line]]\ncode = \"RV1\"\nname = \"Virziens\"\n"
              "[[measure]]\ncode = \"P1.1\"\nname = \"Pasākums\"\nperiod = [\"2024-05\", \"2024-07\"]\n");
    auto site = test::load_site(files);
    REQUIRE(site->diags.error_count() == 0);
    SheetSpec s = workplan_sheet(site->corpus);
    REQUIRE(s.rows.size() == 6);
    CHECK(s.rows[1].cells[6].text == "Plānotais periods (mēneši)");
    const Row& dated = s.rows[2];
    CHECK(dated.outline == 0);
    CHECK(dated.cells[1].text == "Gada beigas");
    CHECK(dated.cells[4].kind == Cell::Kind::date);
    CHECK(dated.cells[4].date.day == 31);
    CHECK(dated.cells[8].number == doctest::Approx(0.0));
    const Row& undated = s.rows[3];
    CHECK(undated.cells[1].text == "PVPP beigas");
    CHECK(undated.cells[4].kind == Cell::Kind::blank);  // unreadable in the chart: no date, not a guess
    CHECK(undated.cells[5].kind == Cell::Kind::blank);
    CHECK(undated.cells[8].kind == Cell::Kind::blank);
    const Row& months = s.rows[5];
    CHECK(months.cells[0].text == "P1.1");
    CHECK(months.cells[4].kind == Cell::Kind::blank);
    CHECK(months.cells[6].text == "05.2024–07.2024");
    SheetSpec g = gantt_sheet(site->corpus);
    REQUIRE(g.rows.size() == 3 + 4);  // title, years, months; two milestones, the line, the measure
    CHECK(g.rows[3].cells[1].text == "Gada beigas");
    CHECK(g.rows[3].cells[2].date.month == 12);
    CHECK(g.rows[4].cells[2].kind == Cell::Kind::blank);
    CHECK(g.fills[0].range.last_row == 6);  // the months' rules cover the milestones too
}

TEST_CASE("the Gantt sheet has 48 month columns, each with a done and a planned rule") {
    auto site = plan_site();
    SheetSpec s = gantt_sheet(site->corpus);
    CHECK(s.widths.size() == 5 + 48);
    CHECK(s.merges.size() == 4);
    CHECK(s.merges[0].cell.text == "2024");
    CHECK(s.rows[2].cells[5].text == "01");
    REQUIRE(s.fills.size() == 96);
    CHECK(s.fills[0].style == Style::gantt_done);
    CHECK(s.fills[1].style == Style::gantt_planned);
    CHECK(s.fills[0].range.first_row == 3);
    CHECK(s.fills[0].range.last_row == 5);
    CHECK(s.fills[1].formula ==
          "=AND(ISNUMBER($C4),ISNUMBER($D4),$C4<=DATE(2024,2,0),$D4>=DATE(2024,1,1))");
    CHECK(s.header_row == 2);
    CHECK(s.header_rows == 2);
    CHECK(s.freeze_row == 3);
}

TEST_CASE("appendix 2 is named as published and starts with its contents") {
    auto site = plan_site();
    WorkbookSpec w = workplan_workbook(site->corpus);
    CHECK(w.file == "PVPP2024–2027_2.pielikums.xlsx");
    REQUIRE(w.sheets.size() == 5);
    CHECK(w.sheets[0].name == "Saturs");
    CHECK(w.sheets[3].name == "Iestāžu grupas");
    CHECK(w.sheets[4].name == "Izņēmumi");
}
