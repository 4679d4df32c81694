// An explicit table rather than the C locale: the result must not depend on
// the machine's locale settings, so builds stay byte-identical everywhere.
#include "util/lower_case.h"

#include "util/latvian_letters.h"

namespace pvpp {
namespace {

// The Latvian capitals are U+0100…U+017F (lead byte 0xC4 or 0xC5), as are their small
// letters: lower-casing never changes a sequence's length, so it happens in place.
void lower_two_byte(std::string& s, std::size_t at) {
    char32_t cp = ((static_cast<unsigned char>(s[at]) & 0x1F) << 6) | (static_cast<unsigned char>(s[at + 1]) & 0x3F);
    for (const auto& letter : k_latvian_letters) {
        if (letter.capital == cp) {
            s[at] = static_cast<char>(0xC0 | (letter.small >> 6));
            s[at + 1] = static_cast<char>(0x80 | (letter.small & 0x3F));
            return;
        }
    }
}

}  // namespace

// Called for every word the term linker looks at: plain bytes first, the table only for 0xC4/0xC5.
std::string lower_latvian(std::string_view text) {
    std::string out(text);
    for (std::size_t i = 0; i < out.size(); ++i) {
        auto c = static_cast<unsigned char>(out[i]);
        if (c >= 'A' && c <= 'Z') {
            out[i] = static_cast<char>(c - 'A' + 'a');
        } else if ((c == 0xC4 || c == 0xC5) && i + 1 < out.size() &&
                   (static_cast<unsigned char>(out[i + 1]) & 0xC0) == 0x80) {
            lower_two_byte(out, i);
            ++i;
        }
    }
    return out;
}

}  // namespace pvpp
