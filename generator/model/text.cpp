#include "model/text.h"

#include <cstdio>

namespace pvpp {

std::string format_date(const Date& d) {
    char buffer[16];
    std::snprintf(buffer, sizeof buffer, "%02d.%02d.%04d", d.day, d.month, d.year);
    return buffer;
}

std::string format_month(const YearMonth& m) {
    char buffer[16];
    std::snprintf(buffer, sizeof buffer, "%02d.%04d", m.month, m.year);
    return buffer;
}

// Walks the value from its first character, or from the last escape before offset.
SourceLoc locate_in_text(const Text& text, std::size_t offset) {
    SourceLoc loc = text.loc;
    std::size_t from = 0;
    for (const TextShift& shift : text.shifts) {
        if (shift.offset > offset) { break; }
        from = shift.offset;
        loc = loc.at(shift.line, shift.column);
    }
    std::string_view s = text.markdown;
    for (std::size_t i = from; i < offset && i < s.size(); ++i) {
        if (s[i] == '\n') {
            ++loc.line;
            loc.column = 1;
        } else if ((static_cast<unsigned char>(s[i]) & 0xC0) != 0x80) {
            ++loc.column;
        }
    }
    return loc;
}

long day_number(const Date& d) {
    int y = d.year - (d.month <= 2 ? 1 : 0);
    long era = (y >= 0 ? y : y - 399) / 400;
    long yoe = y - era * 400;
    long doy = (153 * (d.month + (d.month > 2 ? -3 : 9)) + 2) / 5 + d.day - 1;
    long doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    return era * 146097 + doe - 719468;
}

int working_days(const Date& from, const Date& to) {
    int count = 0;
    for (long day = day_number(from); day < day_number(to); ++day) {
        long weekday = (day + 3) % 7;  // 1970-01-01 was a Thursday: 0 = Monday
        if (weekday >= 0 && weekday < 5) { ++count; }
    }
    return count;
}

}  // namespace pvpp
