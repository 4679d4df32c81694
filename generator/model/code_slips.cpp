#include "model/code_slips.h"

#include <cctype>

#include "model/record_kinds.h"

namespace pvpp {
namespace {

bool is_ascii_alnum(char c) { return std::isalnum(static_cast<unsigned char>(c)) != 0; }

// Letters before a slip would make it part of a word ("apr1"); UTF-8 letters count too.
bool word_before(std::string_view s, std::size_t i) {
    return i > 0 && (is_ascii_alnum(s[i - 1]) || (static_cast<unsigned char>(s[i - 1]) & 0x80) != 0);
}

std::string upper(std::string_view s) {
    std::string out(s);
    for (char& c : out) { c = static_cast<char>(std::toupper(static_cast<unsigned char>(c))); }
    return out;
}

// The longest code prefix of any kind (model/record_kinds.h) at i, in any case; 0 if none.
std::size_t prefix_at(std::string_view s, std::size_t i) {
    if (!std::isalpha(static_cast<unsigned char>(s[i]))) { return 0; }  // most of the text: no prefix starts here
    std::size_t best = 0;
    for (const auto& kind : record_kinds()) {
        for (const auto& p : kind.codes) {
            if (p.prefix.size() > best && upper(s.substr(i, p.prefix.size())) == p.prefix) { best = p.prefix.size(); }
        }
    }
    return best;
}

// The slip that starts at i, if any: the written form read as a code, and its length.
bool slip_at(std::string_view s, std::size_t i, CodeSlip& slip) {
    std::size_t prefix = prefix_at(s, i);
    if (prefix == 0 || word_before(s, i)) { return false; }
    std::size_t space = (prefix == 2 && i + 2 < s.size() && s[i + 2] == ' ') ? 1 : 0;
    std::size_t rest = i + prefix + space;
    std::size_t end = rest;
    while (end < s.size() && end - rest < 8 && (std::isdigit(static_cast<unsigned char>(s[end])) || s[end] == '-' ||
                                                s[end] == '.')) {
        ++end;
    }
    std::string candidate = upper(s.substr(i, prefix)) + std::string(s.substr(rest, end - rest));
    auto codes = find_kind_codes(candidate);
    if (codes.empty() || codes[0].offset != 0) { return false; }
    std::size_t written = prefix + space + codes[0].length - prefix;
    if (i + written < s.size() && (is_ascii_alnum(s[i + written]) || s[i + written] == '_')) { return false; }
    slip = {i, written, candidate.substr(0, codes[0].length)};
    return s.substr(i, written) != slip.code;
}

}  // namespace

std::vector<CodeSlip> find_code_slips(std::string_view text) {
    std::vector<CodeSlip> out;
    for (std::size_t i = 0; i < text.size();) {
        CodeSlip slip;
        if (slip_at(text, i, slip)) {
            out.push_back(slip);
            i += slip.length;
        } else {
            ++i;
        }
    }
    return out;
}

}  // namespace pvpp
