// The one place that calls libxlsxwriter: turns a WorkbookSpec into an .xlsx file.
#pragma once
#include <string>

#include "diag/diagnostics.h"
#include "render/xlsx/workbook_spec.h"

namespace pvpp {

/// Writes the workbook to path (temporary files go to tmpdir). Every libxlsxwriter
/// error is reported naming the workbook and sheet; returns false when any occurred.
bool write_workbook(const WorkbookSpec& spec, const std::string& path, const std::string& tmpdir,
                    Diagnostics& diags);

}  // namespace pvpp
