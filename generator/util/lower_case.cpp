// An explicit table rather than the C locale: the result must not depend on
// the machine's locale settings, so builds stay byte-identical everywhere.
#include "util/lower_case.h"


#include "util/latvian_letters.h"
#include "util/utf8.h"

namespace pvpp {
namespace {

char32_t lower_code_point(char32_t cp) {
    if (cp >= U'A' && cp <= U'Z') { return cp - U'A' + U'a'; }
    for (const auto& letter : k_latvian_letters) {
        if (letter.capital == cp) { return letter.small; }
    }
    return 0;
}

}  // namespace

std::string lower_latvian(std::string_view text) {
    std::string out;
    out.reserve(text.size());
    std::size_t pos = 0;
    while (pos < text.size()) {
        std::size_t start = pos;
        char32_t lower = lower_code_point(next_code_point(text, pos));
        if (lower != 0) {
            append_utf8(out, lower);
        } else {
            out.append(text.substr(start, pos - start));  // keeps malformed bytes as they were
        }
    }
    return out;
}

}  // namespace pvpp
