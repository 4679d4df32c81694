// The first sheet of every workbook: its title and a link to each other sheet
// with a line on what it holds.
#pragma once
#include <string>
#include <vector>

#include "render/xlsx/workbook_spec.h"

namespace pvpp {

/// A sheet and the line the contents sheet says about it.
struct ContentsEntry {
    SheetSpec sheet;
    std::string about;
};

/// A workbook with the contents sheet first, then the entries' sheets in order.
std::vector<SheetSpec> with_contents(const std::string& title, std::vector<ContentsEntry> entries);

}  // namespace pvpp
