// Codes written almost right in prose ("pu2-10", "PU 2-10"): they neither link nor are
// checked as codes, so the editor is told what was probably meant.
#pragma once
#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

namespace pvpp {

/// A near-code in text: where it is written and the code it would be.
struct CodeSlip {
    std::size_t offset = 0;
    std::size_t length = 0;
    std::string code;  ///< "PU2-10"
};

/// Every near-code, left to right: a code's letters in another case, or a space between
/// PU/RV and the number. Exact codes are not slips; text in links should be masked first.
std::vector<CodeSlip> find_code_slips(std::string_view text);

}  // namespace pvpp
