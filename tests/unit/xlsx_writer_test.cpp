// The workbook writer and the shared sheet layout: wrapped-row heights, Markdown items,
// and libxlsxwriter errors reported with the workbook and sheet.
#include "render/xlsx/xlsx_writer.h"

#include <doctest/doctest.h>

#include <filesystem>

#include "render/xlsx/markdown_items.h"
#include "render/xlsx/sheet_builder.h"
#include "scratch.h"
#include "util/text.h"

using namespace pvpp;

namespace {

std::string temp_dir(const std::string& name) {
    auto dir = test::scratch_path("pvpp-xlsx-test-" + name);
    std::filesystem::create_directories(dir);
    return dir.string();
}

WorkbookSpec one_sheet(const std::string& sheet_name, const std::string& text) {
    SheetBuilder b(sheet_name, "Virsraksts", {{"Kods", 8}, {"Teksts", 40}}, 1);
    b.add({text_cell("X1", Style::code), text_cell(text)});
    WorkbookSpec w;
    w.file = "proba.xlsx";
    w.created = Date{2024, 1, 1};
    w.sheets.push_back(b.finish());
    return w;
}

}  // namespace

TEST_CASE("a row is as tall as its longest wrapped text") {
    Row row{{text_cell("īss"), text_cell(std::string(30, 'x'))}, 0, 0};
    CHECK(estimated_height(row, {10, 40}) == 0);  // one line keeps the default height
    row.cells[1].text = std::string(100, 'x');
    CHECK(estimated_height(row, {10, 40}) == 3 * 15.0 + 3);  // about 47 characters a line
    row.cells[1].text = std::string(200, 'x');
    CHECK(estimated_height(row, {10, 40}) == 5 * 15.0 + 3);
    row.cells[1].text = "a\nb\nc";
    CHECK(estimated_height(row, {10, 40}) == 3 * 15.0 + 3);
}

TEST_CASE("Markdown items: one per list item or paragraph, without markup") {
    CHECK(markdown_items("Ievads.\n\n- **Pirmais**\n- [Otrais](https://x.lv)\n") ==
          std::vector<std::string>{"Ievads.", "Pirmais", "Otrais"});
    CHECK(markdown_items("").empty());
    CHECK(markdown_plain("*a* un `b`") == "a un b");
}

TEST_CASE("Markdown items: a nested list's first line is indented as the others") {
    std::string item = markdown_items("- Kontrolē, tostarp:\n  - pārrauga\n  - analizē\n").at(0);
    CHECK(item.find("tostarp:\n") != std::string::npos);
    std::vector<std::string_view> lines = split_lines(item);
    REQUIRE(lines.size() == 3);
    CHECK(lines[1].substr(0, lines[1].find('-')) == lines[2].substr(0, lines[2].find('-')));
    CHECK(lines[1].find("- pārrauga") > 0);
    std::string both = markdown_plain("- viens\n- divi\n");
    std::vector<std::string_view> plain = split_lines(both);
    REQUIRE(plain.size() == 2);
    CHECK(plain[0].find("- viens") == plain[1].find("- divi"));
}

TEST_CASE("a workbook is written and a formula-looking text does not fail it") {
    std::string dir = temp_dir("ok");
    Diagnostics diags;
    CHECK(write_workbook(one_sheet("Lapa", "=1+1"), dir + "/proba.xlsx", dir, diags));
    CHECK(diags.error_count() == 0);
    CHECK(std::filesystem::file_size(dir + "/proba.xlsx") > 1000);
}

TEST_CASE("a libxlsxwriter error names the workbook and the sheet and fails") {
    std::string dir = temp_dir("error");
    Diagnostics diags;
    CHECK_FALSE(write_workbook(one_sheet("Lapa", std::string(40000, 'x')), dir + "/proba.xlsx", dir, diags));
    REQUIRE(diags.error_count() == 1);
    auto d = diags.sorted()[0];
    CHECK(d.loc.file == "xlsx/proba.xlsx");
    CHECK(d.message.find("lapa 'Lapa': 3. rinda: libxlsxwriter: ") == 0);
}

TEST_CASE("a sheet name libxlsxwriter refuses is reported") {
    std::string dir = temp_dir("name");
    Diagnostics diags;
    CHECK_FALSE(write_workbook(one_sheet("a[b]", "teksts"), dir + "/proba.xlsx", dir, diags));
    REQUIRE(diags.error_count() >= 1);
    CHECK(diags.sorted()[0].message == "lapa 'a[b]': libxlsxwriter nepieņem lapas nosaukumu");
}

TEST_CASE("a text taller than Excel's largest row goes on in rows below, with its record's key") {
    std::vector<std::string> lines;
    for (int i = 0; i < 60; ++i) { lines.push_back("- rinda " + std::to_string(i)); }
    std::string tall = join(lines, "\n");
    SheetBuilder b("Spējas", "Spējas", {{"Kods", 8}, {"Apraksts", 80}, {"Veids", 10}}, 1);
    b.add({text_cell("S2-4", Style::code), text_cell(tall), text_cell("spēja")});
    b.add({text_cell("S3", Style::code), text_cell("īss"), text_cell("spēja")});
    SheetSpec sheet = b.finish();
    std::size_t before = sheet.rows.size();
    int filter_end = sheet.autofilter->last_row;
    continue_tall_rows(sheet);
    std::size_t added = sheet.rows.size() - before;
    REQUIRE(added == 2);  // 60 lines: 26 + 26 + 8
    CHECK(sheet.autofilter->last_row == filter_end + 2);
    std::vector<std::string> pieces;
    for (std::size_t r = sheet.header_row + 1; r < sheet.rows.size(); ++r) {
        const Row& row = sheet.rows[r];
        CHECK(row.height <= 409);
        if (row.cells[0].text == "S2-4") { pieces.push_back(row.cells[1].text); }
    }
    CHECK(join(pieces, "\n") == tall);
    CHECK(sheet.rows.back().cells[0].text == "S3");
    CHECK(sheet.rows[sheet.rows.size() - 2].cells[2].text.empty());  // the other cells are not repeated
}

TEST_CASE("a single line too long for Excel's largest row is cut between words") {
    std::vector<std::string> words(2000, "vārds");
    std::string note = join(words, " ");
    SheetBuilder b("Plāns", "Plāns", {{"Kods", 8}, {"Avots un statuss", 12}}, 1);
    b.add({text_cell("P4.6", Style::code), text_cell(note)});
    SheetSpec sheet = b.finish();
    continue_tall_rows(sheet);
    std::vector<std::string> pieces;
    for (std::size_t r = sheet.header_row + 1; r < sheet.rows.size(); ++r) {
        CHECK(sheet.rows[r].height <= 409);
        pieces.push_back(sheet.rows[r].cells[1].text);
    }
    CHECK(pieces.size() > 10);
    std::string joined = join(pieces, " ");
    CHECK(joined == note);
}
