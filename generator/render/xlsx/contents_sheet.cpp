// The contents sheet every workbook opens with.
#include "render/xlsx/contents_sheet.h"

#include "render/xlsx/sheet_builder.h"

namespace pvpp {

std::vector<SheetSpec> with_contents(const std::string& title, std::vector<ContentsEntry> entries) {
    SheetSpec contents;
    contents.name = k_contents_sheet;
    contents.widths = {30, 90};
    contents.rows.push_back(Row{{text_cell(title, Style::title)}, 0, 24});
    contents.rows.push_back(Row{{text_cell("Lapa", Style::header), text_cell("Saturs", Style::header)}, 0, 0});
    for (const auto& e : entries) {
        contents.rows.push_back(Row{{link_cell(e.sheet.name, e.sheet.name), text_cell(e.about)}, 0, 0});
    }
    contents.header_row = 1;
    contents.freeze_row = 2;
    fit_row_heights(contents);
    std::vector<SheetSpec> sheets = {std::move(contents)};
    for (auto& e : entries) { sheets.push_back(std::move(e.sheet)); }
    return sheets;
}

}  // namespace pvpp
