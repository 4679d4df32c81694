#include "render/cards/pdf_reproducible.h"

#include <cstdio>
#include <fstream>
#include <sstream>
#include <string_view>

namespace pvpp {
namespace {

// D:YYYYMMDDHHmmSS then +HH'mm', -HH'mm' or Z: digits in order, the zone as UTC.
constexpr std::string_view k_fixed_digits = "202401010000000000";

// Rewrites the date string that starts at `at` digit by digit, up to its ')'.
void fix_date(std::string& pdf, std::size_t at) {
    std::size_t digit = 0;
    for (std::size_t i = at; i < pdf.size() && pdf[i] != ')'; ++i) {
        char& c = pdf[i];
        if (c >= '0' && c <= '9' && digit < k_fixed_digits.size()) {
            c = k_fixed_digits[digit++];
        } else if (c == '-' && digit > 0) {
            c = '+';  // a zone west of UTC; its hours and minutes become 00
        }
    }
}

// The characters Chromium keeps as they are in the path of a file:// URL.
bool kept_in_url(unsigned char c) {
    if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')) { return true; }
    return std::string_view("-._~/!$&'()*+,;=:@[]").find(static_cast<char>(c)) != std::string_view::npos;
}

// A PDF literal string escapes its parentheses and backslashes.
std::string pdf_literal(std::string_view text) {
    std::string out;
    for (char c : text) {
        if (c == '(' || c == ')' || c == '\\') { out += '\\'; }
        out += c;
    }
    return out;
}

// The end of the literal string whose text starts at `at`: its unescaped ')'.
std::size_t closing_paren(const std::string& pdf, std::size_t at) {
    for (std::size_t i = at; i < pdf.size(); ++i) {
        if (pdf[i] == '\\') {
            ++i;
        } else if (pdf[i] == ')') {
            return i;
        }
    }
    return std::string::npos;
}

}  // namespace

std::string file_url(const std::string& absolute_path) {
    std::string url = "file://";
    for (unsigned char c : absolute_path) {
        if (kept_in_url(c)) {
            url += static_cast<char>(c);
        } else {
            char hex[4];
            std::snprintf(hex, sizeof hex, "%%%02X", c);
            url += hex;
        }
    }
    return url;
}

std::string with_fixed_pdf_dates(std::string pdf) {
    for (std::string_view key : {"/CreationDate (D:", "/ModDate (D:"}) {
        for (std::size_t at = pdf.find(key); at != std::string::npos; at = pdf.find(key, at + key.size())) {
            fix_date(pdf, at + key.size());
        }
    }
    return pdf;
}

std::string with_relative_links(std::string pdf, const std::string& root) {
    std::string prefix = "(" + pdf_literal(file_url(root)) + "/";
    for (std::size_t at = pdf.find(prefix); at != std::string::npos; at = pdf.find(prefix, at + 1)) {
        std::size_t close = closing_paren(pdf, at + 1);
        if (close == std::string::npos) { break; }
        std::string rest = pdf.substr(at + prefix.size(), close - at - prefix.size());
        std::string value = "(../" + rest + ")";
        value.append(close + 1 - at - value.size(), ' ');  // same length: offsets stay valid
        pdf.replace(at, value.size(), value);
    }
    return pdf;
}

bool make_pdf_reproducible(const std::string& path, const std::string& root) {
    std::ifstream in(path, std::ios::binary);
    std::ostringstream bytes;
    bytes << in.rdbuf();
    if (!in) { return false; }
    std::string fixed = with_relative_links(with_fixed_pdf_dates(bytes.str()), root);
    std::ofstream out(path, std::ios::binary | std::ios::trunc);
    out << fixed;
    return static_cast<bool>(out.flush());
}

}  // namespace pvpp
