// UTF-8 checks and code-point counting; no corpus knowledge.
#pragma once
#include <cstddef>
#include <optional>
#include <string>
#include <string_view>

namespace pvpp {

/// Byte offset of the first malformed UTF-8 sequence, or nullopt when valid.
std::optional<std::size_t> first_invalid_utf8(std::string_view text);

/// Number of code points in a valid UTF-8 string (continuation bytes skipped).
std::size_t count_code_points(std::string_view text);

/// Decodes the code point starting at text[pos]; advances pos past it.
char32_t next_code_point(std::string_view text, std::size_t& pos);

/// Appends the UTF-8 encoding of cp.
void append_utf8(std::string& out, char32_t cp);

}  // namespace pvpp
