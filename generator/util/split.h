// Cutting text at a separator: a PATH, a row of tab-separated fields, a dotted path.
#pragma once
#include <string_view>
#include <vector>

namespace pvpp {

/// The pieces between separators: "a,,b" → "a", "", "b"; "" is one empty piece.
inline std::vector<std::string_view> split(std::string_view text, char separator) {
    std::vector<std::string_view> pieces;
    for (std::size_t start = 0;;) {
        std::size_t end = text.find(separator, start);
        pieces.push_back(text.substr(start, end == std::string_view::npos ? std::string_view::npos : end - start));
        if (end == std::string_view::npos) { return pieces; }
        start = end + 1;
    }
}

}  // namespace pvpp
