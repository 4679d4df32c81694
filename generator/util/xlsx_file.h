// Reads the values of an .xlsx workbook (Office Open XML): libzip opens the archive,
// expat parses the parts. Shared strings, inline strings, numbers, booleans and a
// formula's text are read; formulas are never evaluated. Hostile files are bounded:
// unpacked sizes and cell counts are capped, and a DTD (the door to entity expansion)
// is refused.
#pragma once
#include <cstddef>
#include <map>
#include <set>
#include <string>
#include <utility>
#include <vector>

#include "util/xlsx_parts.h"

namespace pvpp {

/// One cell's value as stored.
struct XlsxCell {
    enum class Kind { text, number, boolean, error };
    Kind kind = Kind::text;
    std::string text;     ///< the string, or a number as written ("3", "2.5")
    std::string formula;  ///< the formula's source without "=" when the cell has one
};

/// A sheet's cells by 0-based (row, column).
struct XlsxSheet {
    std::string name;
    std::map<std::pair<int, int>, XlsxCell> cells;

    /// The cell, or nullptr when it is empty.
    const XlsxCell* at(int row, int col) const;
};


/// A workbook's sheets (only those asked for are read), or why it could not be read.
struct XlsxBook {
    std::vector<std::string> sheet_names;  ///< every sheet, in workbook order
    std::vector<XlsxSheet> sheets;         ///< the sheets read
    std::string error;                     ///< "" when the workbook was read
    std::string error_sheet;               ///< the sheet the error is in, or ""

    const XlsxSheet* sheet(const std::string& name) const;
};

/// Reads the sheets named in `wanted` from the bytes of an .xlsx file.
XlsxBook read_xlsx(const std::string& bytes, const std::set<std::string>& wanted, const XlsxLimits& limits = {});

/// "C14" for 0-based row 13, column 2.
std::string cell_name(int row, int col);

/// The date a spreadsheet serial day number stands for (1900 system), as "2026-03-01";
/// "" when the number is not a day in years 1900–9999.
std::string serial_to_iso_date(double serial);

}  // namespace pvpp
