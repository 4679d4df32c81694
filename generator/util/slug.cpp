// Slugs must reproduce the live anchors quoted in the seeds (tests/unit/slug_test.cpp).
#include "util/slug.h"

#include "util/latvian_letters.h"
#include "util/message.h"
#include "util/utf8.h"

namespace pvpp {
namespace {

// Upper-case letters keep their case here; slugify lower-cases afterwards.
char base_letter(char32_t cp) {
    for (const auto& letter : k_latvian_letters) {
        if (letter.small == cp) { return letter.base; }
        if (letter.capital == cp) { return static_cast<char>(letter.base - 'a' + 'A'); }
    }
    return 0;
}

bool is_alnum_ascii(char c) {
    return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9');
}

}  // namespace

std::string fold_diacritics(std::string_view text) {
    std::string out;
    out.reserve(text.size());
    std::size_t pos = 0;
    while (pos < text.size()) {
        if (static_cast<unsigned char>(text[pos]) < 0x80) {  // ASCII: most of the text, no table lookup
            out += text[pos++];
            continue;
        }
        std::size_t start = pos;
        char base = base_letter(next_code_point(text, pos));
        if (base != 0) {
            out += base;
        } else {
            out.append(text.substr(start, pos - start));
        }
    }
    return out;
}

std::string slugify(std::string_view heading) {
    std::string folded = fold_diacritics(heading);
    std::string out;
    bool pending_hyphen = false;
    for (char raw : folded) {
        char c = (raw >= 'A' && raw <= 'Z') ? static_cast<char>(raw - 'A' + 'a') : raw;
        if (c == '.') { continue; }  // "5. loma" → "5-loma", "P4.2" → "p42"
        if (!is_alnum_ascii(c)) {
            pending_hyphen = !out.empty();
            continue;
        }
        if (pending_hyphen) { out += '-'; }
        pending_hyphen = false;
        out += c;
    }
    return out;
}

bool is_windows_device(std::string_view s) {
    if (s == "con" || s == "prn" || s == "aux" || s == "nul") { return true; }
    bool numbered = s.size() == 4 && (s.substr(0, 3) == "com" || s.substr(0, 3) == "lpt");
    return numbered && s[3] >= '1' && s[3] <= '9';
}

bool is_safe_slug(std::string_view slug) { return slug_problem(slug).empty(); }

std::string slug_problem(std::string_view slug) {
    if (slug.empty()) { return _("{1} is empty"); }
    for (char c : slug) {
        if (!is_alnum_ascii(c) && c != '-') { return _("{1} is not a safe URL segment (use only a-z, 0-9 and -)"); }
    }
    if (slug.size() > 200) { return _("{1} is longer than 200 characters"); }
    if (is_windows_device(slug)) {
        return _(
            "{1} is a device name Windows reserves (CON, PRN, AUX, NUL, COM1-COM9, LPT1-LPT9): "
            "the folder could not be copied to or opened on Windows");
    }
    return "";
}

}  // namespace pvpp
