// Recognising the corpus's codes (PU2-10, N4-1, S2-4, R1, RV3, P4.2) in text.
#pragma once
#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

namespace pvpp {

/// How one kind writes its codes: a prefix, one to three digits, then (as `sub` says) a
/// separator and digits: {"PU", '-', required} is PU2-10, {"N", '-', none} is N4.
struct CodePattern {
    enum class Sub { none, required, optional };
    std::string prefix;
    char sep = '-';
    Sub sub = Sub::none;
    std::string name = {};  ///< what messages call its codes when not the kind's name ("resource"), else ""
};

/// A code found in text: its byte offset, length and the index of the pattern it matched.
struct CodeMatch {
    std::size_t offset = 0;
    std::size_t length = 0;
    std::size_t pattern = 0;
};

/// Every code in text, left to right, each the longest that any pattern matches at its place
/// (N4-1 before N4). A code must stand alone: not preceded or followed by a letter or digit
/// ("ITIL4", "PVPP2027" hold none).
std::vector<CodeMatch> find_codes(std::string_view text, const std::vector<CodePattern>& patterns);

/// Markdown with the text of code spans and fenced code blocks blanked out
/// (same length, newlines kept), so codes quoted as code are not references.
std::string mask_code(std::string_view markdown);

}  // namespace pvpp
