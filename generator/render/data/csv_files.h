// The open data as CSV: a file per table, and a file per list of sub-records, each
// row naming its owner (tasks_matrix.csv: task, role, letter, inferred).
#pragma once
#include <string>
#include <string_view>
#include <vector>

#include "render/common/link_check.h"
#include "render/data/open_data.h"

namespace pvpp::opendata {

/// <table>.csv for every table and <table>_<path>.csv for every list of sub-records
/// (cards_duties_roles.csv). UTF-8 with a byte order mark: Excel reads a CSV without
/// one in the machine's legacy code page (Windows-1257 in Latvia) and garbles every
/// ā, č, ē, ģ, ī, ķ, ļ, ņ, š, ū, ž; readers that know UTF-8 skip the mark. Fields
/// quoted as RFC 4180 says, lines ended with CRLF, lists joined with "; ", a missing
/// value left empty, true/false for yes/no. A field a spreadsheet would take for a formula
/// is kept as text (csv_field).
std::vector<OutputFile> csv_files(const std::vector<Table>& tables);

/// A field as RFC 4180 writes it: quoted, with quotes doubled, when it holds a comma,
/// a quote or a line break; as it is otherwise. A field that begins with = + - @, a tab
/// or a carriage return gets a single quote before it and is always quoted, as OWASP
/// advises for CSV meant for spreadsheets: Excel and LibreOffice would otherwise run it
/// as a formula (=HYPERLINK(…) sends whoever clicks it elsewhere).
std::string csv_field(std::string_view text);

/// True when a spreadsheet opening the CSV would read text as a formula.
bool looks_like_formula(std::string_view text);

}  // namespace pvpp::opendata
