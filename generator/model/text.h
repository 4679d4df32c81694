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
};

inline bool operator<(const Date& a, const Date& b) {
    if (a.year != b.year) { return a.year < b.year; }
    if (a.month != b.month) { return a.month < b.month; }
    return a.day < b.day;
}

/// Days since 1970-01-01 (Howard Hinnant's days_from_civil): date differences and weekdays.
long day_number(const Date& d);

/// Working days (Monday to Friday) from `from` up to, not including, `to`: the work plan's
/// duration_days as its chart counts them (no public holidays).
int working_days(const Date& from, const Date& to);

/// Position of the character at byte offset inside a Text's value.
SourceLoc locate_in_text(const Text& text, std::size_t offset);

/// Formats a date the Latvian way: 06.05.2024.
std::string format_date(const Date& d);

/// Planned time of a work-plan row; a missing value is unknown, never guessed.
struct Schedule {
    std::optional<Date> start;
    std::optional<Date> end;
    std::optional<int> duration_days;
    std::optional<int> done_percent;
    SourceLoc start_loc;
    SourceLoc end_loc;
    SourceLoc duration_loc;
};

}  // namespace pvpp
