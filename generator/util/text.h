// Small string helpers shared by every layer; no corpus knowledge.
#pragma once
#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

namespace pvpp {

/// Removes ASCII white space at both ends.
std::string_view trim(std::string_view text);

/// The pieces between separators: "a,,b" → "a", "", "b"; "" is one empty piece.
std::vector<std::string_view> split(std::string_view text, char separator);

/// Splits on '\n'; a trailing "\r" is removed from each line.
std::vector<std::string_view> split_lines(std::string_view text);

/// Byte offset where a 1-based line starts; the text's size when it has fewer lines.
std::size_t line_start(std::string_view text, int line);

/// Levenshtein distance in bytes, for "did you mean" suggestions.
std::size_t edit_distance(std::string_view a, std::string_view b);

/// The closest candidate within a distance that makes a typo plausible, or "".
std::string nearest(std::string_view word, const std::vector<std::string>& candidates);

/// Orders codes the way people read them: digit runs compare as numbers
/// ("PU2-9" < "PU2-10" < "PU3-1").
bool natural_less(std::string_view a, std::string_view b);

/// Replaces &, <, >, " and ' by entities.
std::string html_escape(std::string_view text);

/// Joins parts with a separator.
std::string join(const std::vector<std::string>& parts, std::string_view separator);

/// The text with its first letter upper case when that is an ASCII letter, as every kind's
/// names and every field's label begin ("uzdevumi" → "Uzdevumi").
std::string capitalized(std::string text);

}  // namespace pvpp
