// The cell formats of the named styles, created once per workbook.
#pragma once
#include <map>

#include <xlsxwriter.h>

#include "render/xlsx/workbook_spec.h"

namespace pvpp {

/// One libxlsxwriter format per Style, owned by the workbook.
std::map<Style, lxw_format*> make_formats(lxw_workbook* workbook);

}  // namespace pvpp
