// A workbook described as plain values: sheets, rows of styled cells, widths,
// outlines, validations and print setup. Built by pure functions; xlsx_writer.h writes it.
#pragma once
#include <optional>
#include <string>
#include <vector>

#include "model/text.h"

namespace pvpp {

/// The named cell formats every workbook shares; the writer maps each to a format.
enum class Style {
    wrap, title, header, code, group, subgroup, link, date, percent, number, decimal,
    a_cell, l_cell, a_inferred, l_inferred, note, input, gantt_cell, gantt_planned, gantt_done,
    gantt_period,  // a month of a row whose planned period is known only to the month (dashed)
    input_text, input_date  ///< answer cells for text and dates; like `input`, unlocked on protected sheets
};

/// One cell. Text is always written as a string, never as a formula; only the
/// generator's own summaries are formula cells, and never carry corpus text.
struct Cell {
    enum class Kind { blank, text, number, date, link, formula };
    Kind kind = Kind::text;
    std::string text;  ///< the text, or a formula's source ("=AVERAGE(…)")
    double number = 0;
    Date date;
    std::string target;   ///< link: the sheet it points to
    std::string comment;  ///< a note attached to the cell, or ""
    /// formula: shown before recalculation (LibreOffice does not recalculate on load)
    /// as empty text instead of `number`.
    bool blank_result = false;
    Style style = Style::wrap;
    /// A value its source does not confirm (inferred or unknown): the public edition blanks it.
    bool unconfirmed = false;
};

/// A row; outline 0 is not grouped, 1…3 are the outline levels.
struct Row {
    std::vector<Cell> cells;
    int outline = 0;
    double height = 0;  ///< points; 0 keeps the default
};

/// A block of cells, zero-based and inclusive.
struct Range {
    int first_row = 0;
    int first_col = 0;
    int last_row = 0;
    int last_col = 0;
};

/// A drop-down limited to the values of a range on a lookup sheet ("=Saraksti!$A$2:$A$3").
struct ListValidation {
    Range range;
    std::string source;
    std::string title;    ///< of the input and error messages
    std::string message;
};

/// A fill applied where a formula (relative to the range's top-left cell) is true.
struct ConditionalFill {
    Range range;
    std::string formula;
    Style style = Style::gantt_planned;
};

/// Merged cells showing one value.
struct Merge {
    Range range;
    Cell cell;
};

/// A column chart of one data series, its top-left corner at a cell.
struct ChartSpec {
    std::string title;
    std::string categories;  ///< a range formula: "='Kopsavilkums'!$A$3:$A$5"
    std::string values;
    std::string value_axis;  ///< the value axis's name
    double max = 0;          ///< the value axis's maximum; 0 lets the program choose
    int row = 0;
    int col = 0;
};

struct SheetSpec {
    std::string name;
    std::vector<double> widths;  ///< per column, in Excel character units
    /// What each column asked for before fit_print_width narrowed it: a sheet that loses
    /// columns (the public edition's empty ones) is fitted again from these.
    std::vector<double> natural_widths;
    std::vector<Row> rows;
    std::vector<Merge> merges;
    std::vector<ListValidation> validations;
    std::vector<ConditionalFill> fills;
    std::vector<ChartSpec> charts;
    int freeze_row = 0;  ///< rows above this stay in view
    int freeze_col = 0;  ///< columns left of this stay in view
    std::optional<Range> autofilter;
    int header_row = -1;  ///< the last header row, repeated on every printed page; -1 none
    int header_rows = 1;  ///< how many rows, ending at header_row, are repeated
    bool landscape = true;
    bool fit_to_width = true;
    /// A table too wide for one page at 9 pt prints over several, side by side: a page
    /// break before each of these columns, the first repeat_columns on every page, at
    /// print_scale percent (fit_to_width is then ignored) and each band of rows across
    /// before the next band down.
    std::vector<int> column_breaks;
    int repeat_columns = 0;
    int print_scale = 100;
    /// Protected without a password: only the unlocked answer cells (Style::input…) can be
    /// changed; columns may be widened and the filter used.
    bool protect = false;
};

struct WorkbookSpec {
    std::string file;  ///< the name below xlsx/
    std::string title;
    std::string subject;
    std::string author = "VARAM";
    std::string keywords;
    Date created;
    std::vector<SheetSpec> sheets;
};

/// A text cell.
Cell text_cell(std::string text, Style style = Style::wrap);
/// A link to the top of another sheet of the same workbook.
Cell link_cell(std::string text, std::string sheet);
/// A number cell.
Cell number_cell(double value, Style style = Style::number);
/// A date cell, or a blank one when the date is unknown.
Cell date_cell(const std::optional<Date>& date);
/// An empty cell; a form's answer cell keeps its input style.
Cell blank_cell(Style style = Style::wrap);

}  // namespace pvpp
