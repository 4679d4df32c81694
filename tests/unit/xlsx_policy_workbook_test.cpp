// Appendix 1's workbook spec, built from a small in-memory corpus: sheets, the A/L
// matrix with its drop-down, outline levels, card rows and text that looks like a formula.
#include <doctest/doctest.h>

#include "test_site.h"

#include "render/xlsx/policy_sheets.h"
#include "render/xlsx/policy_workbook.h"

using namespace pvpp;

namespace {

std::unique_ptr<test::Site> policy_site() {
    MemoryFileSystem files;
    files.add("content/roles.toml",
              "[[role]]\nnumber = 2\nid = \"b\"\nname = \"Loma B\"\n[[role]]\nnumber = 1\nid = \"a\"\nname = \"Loma A\"\n");
    files.add("content/tasks/PU1-1.toml",
              "code = \"PU1-1\"\nname = \"=SUM(1,2)\"\npractice = \"+A1\"\n[matrix]\nconfidence = \"medium\"\n"
              "a = \"A\"\nb = \"L?\"\n");
    files.add("content/tasks/PU2-1.toml", "code = \"PU2-1\"\nname = \"@Uzdevums\"\n[matrix]\nb = \"A\"\n");
    files.add("content/conditions.toml",
              "[[group]]\nnumber = 5\nname = \"Grupa\"\n[[condition]]\ncode = \"N5-1\"\nname = \"-Nosacījums\"\n"
              "items = [\"e-pakalpojumi\", \"d-pakalpojumi\"]\n");
    std::string card = "task = \"PU1-1\"\n[result]\nresult = \"\"\"\n- Pirmais **punkts**\n- Otrais [punkts](https://x.lv)\n\"\"\"\n";
    for (const char* s : {"scope", "duties", "related", "conditions", "capabilities", "resources", "guidance"}) {
        card += std::string("[") + s + "]\nstatus = \"nav aprakstīts\"\n";
    }
    files.add("content/cards/PU1-1.toml", card);
    files.add("data/site.toml", "created = 2024-03-05\n");
    return test::load_site(files);
}

// The data row whose first cell holds the code.
const Row& row_of(const SheetSpec& sheet, const std::string& code) {
    for (const auto& r : sheet.rows) {
        if (!r.cells.empty() && r.cells[0].text == code) { return r; }
    }
    FAIL("no row " << code);
    return sheet.rows.front();
}

}  // namespace

TEST_CASE("appendix 1 has a contents sheet linking every other sheet, and each links back") {
    auto site = policy_site();
    REQUIRE(site->diags.error_count() == 0);
    WorkbookSpec w = policy_workbook(site->corpus);
    CHECK(w.file == "PVPP2024–2027_1.pielikums.xlsx");
    CHECK(w.author == "VARAM");
    CHECK(w.created.year == 2024);
    CHECK(w.created.month == 3);
    CHECK(w.created.day == 5);
    REQUIRE(w.sheets.size() == 13);
    const SheetSpec& contents = w.sheets[0];
    CHECK(contents.name == "Saturs");
    for (std::size_t i = 1; i < w.sheets.size(); ++i) {
        const Cell& link = contents.rows[i + 1].cells[0];
        CHECK(link.kind == Cell::Kind::link);
        CHECK(link.target == w.sheets[i].name);
        const Cell& back = w.sheets[i].rows[0].cells[0];
        CHECK(back.kind == Cell::Kind::link);
        CHECK(back.target == "Saturs");
        CHECK(w.sheets[i].name.size() <= 31);
    }
}

TEST_CASE("the task sheet has a column per role in number order with A/L, fills and inferred cells marked") {
    auto site = policy_site();
    SheetSpec s = tasks_sheet(site->corpus);
    CHECK(s.rows[1].cells[4].text == "1. loma");
    CHECK(s.rows[1].cells[4].comment == "Loma A");
    CHECK(s.rows[1].cells[5].text == "2. loma");
    CHECK(s.rows.back().cells[1].text == "2. loma — Loma B");
    const Row& pu11 = row_of(s, "PU1-1");
    CHECK(pu11.cells[4].text == "A");
    CHECK(pu11.cells[4].style == Style::a_cell);
    CHECK(pu11.cells[5].text == "L");
    CHECK(pu11.cells[5].style == Style::l_inferred);
    CHECK_FALSE(pu11.cells[5].comment.empty());
    CHECK(pu11.cells[6].text == "vidēja");  // the reading's confidence in Latvian, as the pages say it
    CHECK(row_of(s, "PU2-1").cells[4].kind == Cell::Kind::blank);
    REQUIRE(s.validations.size() == 1);
    CHECK(s.validations[0].source == "=Saraksti!$A$3:$A$4");
    CHECK(s.validations[0].range.first_row == 2);
    CHECK(s.validations[0].range.last_row == 3);
    CHECK(s.validations[0].range.first_col == 4);
    CHECK(s.validations[0].range.last_col == 5);
    CHECK(s.freeze_row == 2);
    CHECK(s.freeze_col == 2);
    REQUIRE(s.autofilter);
    CHECK(s.autofilter->last_row == 3);
}

TEST_CASE("the lookup sheet holds the drop-down's letters where its range points") {
    SheetSpec s = lists_sheet();
    CHECK(s.name == "Saraksti");
    CHECK(s.rows[2].cells[0].text == "A");  // Excel row 3
    CHECK(s.rows[3].cells[0].text == "L");  // Excel row 4
}

TEST_CASE("text that looks like a formula stays a text cell") {
    auto site = policy_site();
    SheetSpec tasks = tasks_sheet(site->corpus);
    const Row& pu11 = row_of(tasks, "PU1-1");
    CHECK(pu11.cells[1].kind == Cell::Kind::text);
    CHECK(pu11.cells[1].text == "=SUM(1,2)");
    CHECK(pu11.cells[2].kind == Cell::Kind::text);
    CHECK(pu11.cells[2].text == "+A1");
    CHECK(row_of(tasks, "PU2-1").cells[1].text == "@Uzdevums");
    CHECK(row_of(conditions_sheet(site->corpus), "N5-1").cells[1].text == "-Nosacījums");
}

TEST_CASE("conditions are outlined: group 1, condition 2, sub-items 3") {
    auto site = policy_site();
    SheetSpec s = conditions_sheet(site->corpus);
    REQUIRE(s.rows.size() == 6);
    CHECK(s.rows[2].cells[0].text == "N5");
    CHECK(s.rows[2].outline == 1);
    CHECK(s.rows[3].outline == 2);
    CHECK(s.rows[4].outline == 3);
    CHECK(s.rows[4].cells[1].text == "– e-pakalpojumi");
    CHECK(s.rows[5].outline == 3);
}

TEST_CASE("a card section's Markdown list becomes one plain-text row per item") {
    auto site = policy_site();
    SheetSpec s = cards_sheet(site->corpus);
    std::vector<std::string> results;
    for (const auto& r : s.rows) {
        if (r.cells.size() == 7 && r.cells[4].text == "Rezultāts") { results.push_back(r.cells[6].text); }
    }
    CHECK(results == std::vector<std::string>{"Pirmais punkts", "Otrais punkts"});
    // The other seven sections still have a row each, so a filter shows every section.
    CHECK(s.rows.size() == 2 + 2 + 7);
}
