// The one place that calls libxlsxwriter: turns a WorkbookSpec into an .xlsx file.
#pragma once
#include <optional>
#include <string>

#include "diag/diagnostics.h"
#include "render/xlsx/workbook_spec.h"

namespace pvpp {

/// Writes the workbook to path (temporary files go to tmpdir). Every libxlsxwriter
/// error is reported naming the workbook and sheet; returns false when any occurred.
bool write_workbook(const WorkbookSpec& spec, const std::string& path, const std::string& tmpdir,
                    Diagnostics& diags);

/// The workbook's bytes, written through file `n` of the scratch folder (libxlsxwriter writes
/// only to files); nothing when write_workbook failed.
std::optional<std::string> workbook_bytes(const WorkbookSpec& spec, const std::string& scratch, std::size_t n,
                                          Diagnostics& diags);

}  // namespace pvpp
