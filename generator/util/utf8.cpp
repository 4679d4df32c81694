// UTF-8 validation follows RFC 3629: no overlongs, no surrogates, max U+10FFFF.
#include "util/utf8.h"

#include <cstdint>
#include <cstring>

namespace pvpp {
namespace {

int sequence_length(unsigned char lead) {
    if (lead < 0x80) { return 1; }
    if (lead >= 0xC2 && lead <= 0xDF) { return 2; }
    if (lead >= 0xE0 && lead <= 0xEF) { return 3; }
    if (lead >= 0xF0 && lead <= 0xF4) { return 4; }
    return 0;
}

bool valid_second_byte(unsigned char lead, unsigned char second) {
    if (lead == 0xE0) { return second >= 0xA0 && second <= 0xBF; }
    if (lead == 0xED) { return second >= 0x80 && second <= 0x9F; }  // no surrogates
    if (lead == 0xF0) { return second >= 0x90 && second <= 0xBF; }
    if (lead == 0xF4) { return second >= 0x80 && second <= 0x8F; }
    return (second & 0xC0) == 0x80;
}

}  // namespace

// Eight ASCII bytes at a time where there is nothing to check: a content folder's
// pages are read through here, most of their bytes ASCII.
std::optional<std::size_t> first_invalid_utf8(std::string_view text) {
    std::size_t i = 0;
    while (i < text.size()) {
        std::uint64_t word = 0;
        if (i + 8 <= text.size() && (std::memcpy(&word, text.data() + i, 8), (word & 0x8080808080808080ULL) == 0)) {
            i += 8;
            continue;
        }
        auto lead = static_cast<unsigned char>(text[i]);
        if (lead < 0x80) {
            ++i;
            continue;
        }
        if (lead >= 0xC2 && lead <= 0xDF && i + 1 < text.size() && (static_cast<unsigned char>(text[i + 1]) & 0xC0) == 0x80) {
            i += 2;  // a two-byte letter (all of Latvian's): the common case, checked inline
            continue;
        }
        int len = sequence_length(lead);
        if (len == 0 || i + len > text.size()) { return i; }
        if (len > 1 && !valid_second_byte(lead, static_cast<unsigned char>(text[i + 1]))) { return i; }
        for (int k = 2; k < len; ++k) {
            if ((static_cast<unsigned char>(text[i + k]) & 0xC0) != 0x80) { return i; }
        }
        i += len;
    }
    return std::nullopt;
}

std::size_t count_code_points(std::string_view text) {
    std::size_t n = 0;
    for (char c : text) {
        if ((static_cast<unsigned char>(c) & 0xC0) != 0x80) { ++n; }
    }
    return n;
}

char32_t next_code_point(std::string_view text, std::size_t& pos) {
    auto lead = static_cast<unsigned char>(text[pos++]);
    int len = sequence_length(lead);
    if (len <= 1) { return lead; }
    char32_t cp = lead & (0x7F >> len);
    for (int k = 1; k < len && pos < text.size(); ++k) {
        cp = (cp << 6) | (static_cast<unsigned char>(text[pos++]) & 0x3F);
    }
    return cp;
}

void append_utf8(std::string& out, char32_t cp) {
    if (cp < 0x80) {
        out += static_cast<char>(cp);
    } else if (cp < 0x800) {
        out += static_cast<char>(0xC0 | (cp >> 6));
        out += static_cast<char>(0x80 | (cp & 0x3F));
    } else if (cp < 0x10000) {
        out += static_cast<char>(0xE0 | (cp >> 12));
        out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
        out += static_cast<char>(0x80 | (cp & 0x3F));
    } else {
        out += static_cast<char>(0xF0 | (cp >> 18));
        out += static_cast<char>(0x80 | ((cp >> 12) & 0x3F));
        out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
        out += static_cast<char>(0x80 | (cp & 0x3F));
    }
}

}  // namespace pvpp
