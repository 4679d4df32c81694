// The xlsx reader (util/xlsx_file.h) on workbooks libxlsxwriter writes, and on bytes that
// are not workbooks; the assessment reader (load/assessment_reader.h) on a blank template.
#include "util/xlsx_file.h"

#include <doctest/doctest.h>

#include <filesystem>

#include "load/assessment_reader.h"
#include "render/xlsx/self_assessment_workbook.h"
#include "render/xlsx/sheet_builder.h"
#include "render/xlsx/xlsx_writer.h"
#include "scratch.h"
#include "test_site.h"

using namespace pvpp;
namespace fs = std::filesystem;

namespace {

std::string written(const WorkbookSpec& spec) {
    fs::path dir = test::scratch_path("pvpp-xlsx-file-test");
    fs::create_directories(dir);
    Diagnostics diags;
    REQUIRE(write_workbook(spec, (dir / "w.xlsx").string(), dir.string(), diags));
    std::string bytes = test::read_file(dir / "w.xlsx");
    fs::remove_all(dir);
    return bytes;
}

}  // namespace

TEST_CASE("cell names and spreadsheet day numbers") {
    CHECK(cell_name(13, 2) == "C14");
    CHECK(cell_name(0, 26) == "AA1");
    CHECK(serial_to_iso_date(45658) == "2025-01-01");
    CHECK(serial_to_iso_date(61) == "1900-03-01");
    CHECK(serial_to_iso_date(60).empty());  // Excel's 29 February 1900, a day that never was
    CHECK(serial_to_iso_date(-3).empty());
}

TEST_CASE("the xlsx reader reads strings, numbers and formula text without evaluating") {
    WorkbookSpec w;
    w.file = "t.xlsx";
    SheetSpec s;
    s.name = "Lapa";
    Cell f = text_cell("=1+1", Style::number);
    f.kind = Cell::Kind::formula;
    s.rows.push_back(Row{{text_cell("=HYPERLINK(\"http://x\")"), number_cell(3), f, text_cell("ā ē")}, 0, 0});
    SheetSpec other;
    other.name = "Cita";
    w.sheets = {s, other};
    XlsxBook book = read_xlsx(written(w), {"Lapa"});
    REQUIRE(book.error.empty());
    CHECK(book.sheet_names == std::vector<std::string>{"Lapa", "Cita"});
    REQUIRE(book.sheets.size() == 1);  // only the sheet asked for
    const XlsxSheet& lapa = *book.sheet("Lapa");
    CHECK(lapa.at(0, 0)->text == "=HYPERLINK(\"http://x\")");
    CHECK(lapa.at(0, 0)->formula.empty());
    CHECK(lapa.at(0, 1)->kind == XlsxCell::Kind::number);
    CHECK(lapa.at(0, 1)->text == "3");
    CHECK(lapa.at(0, 2)->formula == "1+1");
    CHECK(lapa.at(0, 3)->text == "ā ē");
    CHECK(lapa.at(5, 5) == nullptr);
}

TEST_CASE("bytes that are not an xlsx workbook say what they are") {
    CHECK(read_xlsx("Iestāde;Vērtējums\n", {}).error == "tā nav xlsx darbgrāmata (tas nav ZIP arhīvs)");
    CHECK(
        read_xlsx(std::string("PK\x03\x04", 4) + std::string(40, 'x'), {}).error.starts_with("fails ir bojāts ("));
    XlsxLimits small;
    small.max_file_bytes = 10;
    CHECK(read_xlsx(std::string(11, 'x'), {}, small).error == "fails ir lielāks par 0 MB (atteikts)");
}

TEST_CASE("a blank template is read back: the institution's name and group are missing") {
    MemoryFileSystem files;
    files.add("content/tasks/PU1-1.toml", "code = \"PU1-1\"\nname = \"Uzdevums\"\n");
    files.add("data/institutions.toml", "[[group]]\nnumber = 1\nname = \"Valsts iestādes\"\nmembers = []\n");
    auto site = test::load_site(files);
    REQUIRE(site->diags.error_count() == 0);
    std::string bytes = written(self_assessment_workbook(site->corpus));
    AssessmentForm form = assessment_form(site->corpus);
    REQUIRE(form.groups.size() == 1);
    CHECK(form.groups[0].first == "1. Valsts iestādes");
    Diagnostics diags;
    CHECK_FALSE(read_assessment("V.xlsx", bytes, form, diags));
    auto found = diags.sorted();
    REQUIRE(found.size() == 2);
    CHECK(found[0].loc.file == "V.xlsx:Iestāde!B3");
    CHECK(found[0].message == "iestādes nosaukums nav aizpildīts");
    CHECK(found[1].loc.file == "V.xlsx:Iestāde!B4");
    CHECK(found[1].message == "iestādes 1. tabulas grupa nav aizpildīta (izvēlieties to no saraksta)");
}
