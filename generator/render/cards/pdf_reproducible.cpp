#include "render/cards/pdf_reproducible.h"

#include <algorithm>
#include <cstdio>
#include <string_view>
#include <vector>

#include "render/common/pdf_links.h"
#include "util/file_system.h"

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

// Skia writes a structure element's id as the literal "(node%08d)".
constexpr std::string_view k_id_start = "(node";
constexpr std::size_t k_id_digits = 8;

// Where the 8 digits of each "(nodeNNNNNNNN)" in the PDF start.
std::vector<std::size_t> structure_id_digits(const std::string& pdf) {
    std::vector<std::size_t> found;
    for (std::size_t at = pdf.find(k_id_start); at != std::string::npos; at = pdf.find(k_id_start, at + 1)) {
        std::size_t digits = at + k_id_start.size();
        if (digits + k_id_digits >= pdf.size() || pdf[digits + k_id_digits] != ')') { continue; }
        bool all_digits = std::all_of(pdf.begin() + digits, pdf.begin() + digits + k_id_digits,
                                      [](char c) { return c >= '0' && c <= '9'; });
        if (all_digits) { found.push_back(digits); }
    }
    return found;
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
    return with_pdf_links_moved(std::move(pdf), pdf_literal(file_url(root)) + "/", "../");
}

std::string with_stable_structure_ids(std::string pdf) {
    std::vector<std::size_t> places = structure_id_digits(pdf);
    std::vector<std::string> ids;
    for (std::size_t at : places) { ids.push_back(pdf.substr(at, k_id_digits)); }
    std::vector<std::string> ranked = ids;  // fixed width: text order is number order
    std::sort(ranked.begin(), ranked.end());
    ranked.erase(std::unique(ranked.begin(), ranked.end()), ranked.end());
    for (std::size_t i = 0; i < places.size(); ++i) {
        auto rank = std::lower_bound(ranked.begin(), ranked.end(), ids[i]) - ranked.begin() + 1;
        char digits[k_id_digits + 1];
        std::snprintf(digits, sizeof digits, "%08zu", static_cast<std::size_t>(rank));
        pdf.replace(places[i], k_id_digits, digits);
    }
    return pdf;
}

bool make_pdf_reproducible(const std::string& path, const std::string& root) {
    auto bytes = read_file_bytes(path);
    if (!bytes) { return false; }
    std::string fixed = with_relative_links(with_stable_structure_ids(with_fixed_pdf_dates(std::move(*bytes))), root);
    return write_file_bytes(path, fixed);
}

}  // namespace pvpp
