// Fuzz target: the xlsx reader (util/xlsx_file), which opens workbooks institutions send.
// Input: any bytes, as a file named .xlsx. Whatever they are, the reader returns an
// error or cells within its limits; it never crashes, loops or expands entities.
#include <cstdint>

#include "fuzz_support.h"
#include "util/xlsx_file.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    using namespace pvpp;
    XlsxLimits limits;
    limits.max_part_bytes = 1u << 20;
    limits.max_total_bytes = 4u << 20;
    limits.max_cells = 5000;
    std::string bytes(reinterpret_cast<const char*>(data), size);
    XlsxBook book = read_xlsx(bytes, {"Lapa1", "Sheet1", "Uzdevumi", "Iestāde"}, limits);
    fuzz::require(book.error.empty() || !book.error.starts_with(" "), "an error message without text", book.error);
    for (const auto& sheet : book.sheets) {
        fuzz::require(sheet.cells.size() <= limits.max_cells, "more cells than the limit", sheet.name);
        for (const auto& [pos, cell] : sheet.cells) {
            fuzz::require(pos.first >= 0 && pos.first < 1048576 && pos.second >= 0 && pos.second < 16384,
                          "a cell outside a sheet's bounds", sheet.name);
            fuzz::require(!cell.text.empty() || !cell.formula.empty(), "an empty cell was kept", sheet.name);
        }
    }
    return 0;
}
