// The portfolio template spec: the deck's columns under grouped headers, six marked
// examples, and drop-downs for type, priority and status from the lookup sheet.
#include <doctest/doctest.h>

#include "test_site.h"

#include "render/xlsx/portfolio_workbook.h"

using namespace pvpp;

TEST_CASE("the portfolio template has marked examples and three drop-downs from its lookup sheet") {
    MemoryFileSystem files;
    files.add("content/terms.toml", "[[term]]\nid = \"koplietosanas-pakalpojums\"\nname = \"Koplietošanas pakalpojums\"\n"
                                    "definition = \"Pakalpojums, ko lieto vairākas iestādes.\"\n");
    auto site = test::load_site(files);
    REQUIRE(site->diags.error_count() == 0);
    WorkbookSpec w = portfolio_workbook(site->corpus);
    CHECK(w.file == "pakalpojumu-portfolio-veidne.xlsx");
    REQUIRE(w.sheets.size() == 4);
    const SheetSpec& list = w.sheets[1];
    CHECK(list.name == "Pakalpojumi");
    CHECK(list.header_row == 5);
    CHECK(list.header_rows == 3);
    REQUIRE(list.rows.size() == 12);
    CHECK(list.rows[5].cells[9].text == "Statuss");
    CHECK(list.rows[6].cells[9].text == "plānošanā");
    CHECK(list.rows[11].cells[9].text == "likvidēts");
    CHECK(list.rows[11].cells[11].text == "piemērs — izdzēsiet");
    REQUIRE(list.validations.size() == 3);
    CHECK(list.validations[1].source == "=Saraksti!$A$3:$A$5");
    CHECK(list.validations[2].source == "=Saraksti!$B$3:$B$8");
    const SheetSpec& lists = w.sheets[3];
    CHECK(lists.rows[2].cells[0].text == "augsta");
    CHECK(lists.rows[7].cells[1].text == "likvidēts");
    const SheetSpec& help = w.sheets[2];
    CHECK(help.rows.back().cells[1].text == "Pakalpojums, ko lieto vairākas iestādes.");
}
