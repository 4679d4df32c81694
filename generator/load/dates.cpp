#include "load/dates.h"

#include <charconv>

namespace pvpp {
namespace {

// True when the day exists in that month and year (leap years included).
bool is_real_date(int year, int month, int day) {
    static constexpr int k_days[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    if (year < 1900 || year > 2200 || month < 1 || month > 12 || day < 1) { return false; }
    bool leap = (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
    int days = k_days[month - 1] + (month == 2 && leap ? 1 : 0);
    return day <= days;
}

bool read_digits(std::string_view s, std::size_t from, std::size_t len, int& out) {
    if (from + len > s.size()) { return false; }
    auto [ptr, ec] = std::from_chars(s.data() + from, s.data() + from + len, out);
    return ec == std::errc() && ptr == s.data() + from + len;
}

}  // namespace

std::optional<Date> parse_latvian_date(std::string_view text) {
    Date d;
    bool ok = false;
    if (text.size() == 10 && text[2] == '.' && text[5] == '.') {
        ok = read_digits(text, 0, 2, d.day) && read_digits(text, 3, 2, d.month) &&
             read_digits(text, 6, 4, d.year);
    } else if (text.size() == 10 && text[4] == '-' && text[7] == '-') {
        ok = read_digits(text, 0, 4, d.year) && read_digits(text, 5, 2, d.month) &&
             read_digits(text, 8, 2, d.day);
    }
    if (!ok || !is_real_date(d.year, d.month, d.day)) { return std::nullopt; }
    return d;
}

}  // namespace pvpp
