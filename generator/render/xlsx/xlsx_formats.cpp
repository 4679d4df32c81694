// Colours and number formats of the workbooks' styles: blue for responsibility,
// green for the Gantt months, light borders so printed tables stay readable.
#include "render/xlsx/xlsx_formats.h"

namespace pvpp {
namespace {

constexpr lxw_color_t k_border = 0xBFBFBF;

lxw_format* bordered(lxw_workbook* wb) {
    lxw_format* f = workbook_add_format(wb);
    format_set_text_wrap(f);
    format_set_align(f, LXW_ALIGN_VERTICAL_TOP);
    format_set_border(f, LXW_BORDER_THIN);
    format_set_border_color(f, k_border);
    return f;
}

lxw_format* filled(lxw_workbook* wb, lxw_color_t bg, bool bold, bool italic) {
    lxw_format* f = bordered(wb);
    format_set_bg_color(f, bg);
    format_set_align(f, LXW_ALIGN_CENTER);
    if (bold) { format_set_bold(f); }
    if (italic) { format_set_italic(f); }
    return f;
}

lxw_format* with_number_format(lxw_workbook* wb, const char* num_format) {
    lxw_format* f = bordered(wb);
    format_set_num_format(f, num_format);
    return f;
}

}  // namespace

std::map<Style, lxw_format*> make_formats(lxw_workbook* wb) {
    std::map<Style, lxw_format*> f;
    f[Style::wrap] = bordered(wb);
    f[Style::title] = workbook_add_format(wb);
    format_set_bold(f[Style::title]);
    format_set_font_size(f[Style::title], 14);
    f[Style::header] = bordered(wb);
    format_set_bold(f[Style::header]);
    format_set_bg_color(f[Style::header], 0xD9E1F2);
    f[Style::code] = bordered(wb);
    format_set_bold(f[Style::code]);
    f[Style::group] = bordered(wb);
    format_set_bold(f[Style::group]);
    format_set_bg_color(f[Style::group], 0xEDEDED);
    f[Style::subgroup] = bordered(wb);
    format_set_bold(f[Style::subgroup]);
    f[Style::link] = bordered(wb);
    format_set_font_color(f[Style::link], 0x0563C1);
    format_set_underline(f[Style::link], LXW_UNDERLINE_SINGLE);
    f[Style::date] = with_number_format(wb, "dd.mm.yyyy");
    f[Style::percent] = with_number_format(wb, "0%");
    f[Style::number] = with_number_format(wb, "0");
    f[Style::decimal] = with_number_format(wb, "0.0");
    f[Style::a_cell] = filled(wb, 0x2F75B5, true, false);
    format_set_font_color(f[Style::a_cell], LXW_COLOR_WHITE);
    f[Style::l_cell] = filled(wb, 0xBDD7EE, false, false);
    f[Style::a_inferred] = filled(wb, 0x9DC3E6, true, true);
    f[Style::l_inferred] = filled(wb, 0xE7EEF7, false, true);
    f[Style::note] = bordered(wb);
    format_set_italic(f[Style::note]);
    f[Style::input] = bordered(wb);
    format_set_bg_color(f[Style::input], 0xFFF2CC);
    format_set_align(f[Style::input], LXW_ALIGN_CENTER);
    format_set_unlocked(f[Style::input]);
    f[Style::input_text] = bordered(wb);
    format_set_bg_color(f[Style::input_text], 0xFFF2CC);
    format_set_unlocked(f[Style::input_text]);
    f[Style::input_date] = with_number_format(wb, "dd.mm.yyyy");
    format_set_bg_color(f[Style::input_date], 0xFFF2CC);
    format_set_unlocked(f[Style::input_date]);
    f[Style::gantt_cell] = workbook_add_format(wb);
    format_set_border(f[Style::gantt_cell], LXW_BORDER_THIN);
    format_set_border_color(f[Style::gantt_cell], 0xE0E0E0);
    f[Style::gantt_planned] = workbook_add_format(wb);
    format_set_bg_color(f[Style::gantt_planned], 0xA9D08E);
    f[Style::gantt_done] = workbook_add_format(wb);
    format_set_bg_color(f[Style::gantt_done], 0x375623);
    f[Style::gantt_period] = workbook_add_format(wb);  // dashed, as the chart's bar: no exact dates
    format_set_bg_color(f[Style::gantt_period], 0xE2EFDA);
    format_set_border(f[Style::gantt_period], LXW_BORDER_DASHED);
    format_set_border_color(f[Style::gantt_period], 0x548235);
    return f;
}

}  // namespace pvpp
