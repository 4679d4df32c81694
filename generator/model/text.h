// Prose fields and references as the model holds them: values with their source.
#pragma once
#include <optional>
#include <string>
#include <vector>

#include "diag/source_loc.h"

namespace pvpp {

/// Where a Text's value resumes after an escape sequence of its source ("\n",
/// "\u0101", a line-ending backslash): the value's byte offset and the source position.
struct TextShift {
    std::size_t offset = 0;
    int line = 0;
    int column = 0;
};

/// A Markdown field. loc is the position of its first character in the file,
/// so a position inside the text can be mapped back to a line and column.
struct Text {
    std::string markdown;
    SourceLoc loc;
    std::vector<TextShift> shifts;  ///< in offset order; empty when the value is its source verbatim

    bool empty() const { return markdown.empty(); }
};

/// A reference by id or code, resolved by validate/.
struct Ref {
    std::string id;
    SourceLoc loc;
};

/// A calendar date (validated on load).
struct Date {
    int year = 0;
    int month = 0;
    int day = 0;

    auto operator<=>(const Date&) const = default;  ///< by year, month, then day
};

/// Days since 1970-01-01 (Howard Hinnant's days_from_civil): date differences and weekdays.
long day_number(const Date& d);

/// Working days (Monday to Friday) from `from` up to, not including, `to`: the work plan's
/// duration_days as its chart counts them (no public holidays).
int working_days(const Date& from, const Date& to);

/// Position of the character at byte offset inside a Text's value.
SourceLoc locate_in_text(const Text& text, std::size_t offset);

/// Formats a date the Latvian way: 06.05.2024.
std::string format_date(const Date& d);

/// A month of a year: as precisely as a Gantt label of seed 000 gives a planned period
/// ("(05.-07.24)" is May to July 2024).
struct YearMonth {
    int year = 0;
    int month = 0;

    auto operator<=>(const YearMonth&) const = default;
};

/// Formats a month the Latvian way: 05.2024.
std::string format_month(const YearMonth& m);

/// Planned time of a work-plan row; a missing value is unknown, never guessed.
struct Schedule {
    std::optional<Date> start;
    std::optional<Date> end;
    std::optional<int> duration_days;
    std::optional<int> done_percent;
    std::optional<YearMonth> period_from;  ///< the row label's planned period, to the month
    std::optional<YearMonth> period_to;
    SourceLoc start_loc;
    SourceLoc end_loc;
    SourceLoc duration_loc;
};

}  // namespace pvpp
