// Splitting running Latvian text into words, with their byte positions.
#pragma once
#include <cstddef>
#include <string_view>
#include <vector>

namespace pvpp {

struct WordSpan {
    std::size_t offset = 0;
    std::size_t length = 0;
};

/// The words of text: runs of letters and digits (Latin, Latvian, Greek,
/// Cyrillic letters); everything else separates words.
std::vector<WordSpan> split_words(std::string_view text);

/// True for a letter or digit code point of the scripts split_words knows.
bool is_word_code_point(char32_t cp);

}  // namespace pvpp
