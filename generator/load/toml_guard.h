// What toml++ 3.3.0 (Debian 12) must not be given. A non-ASCII character where it
// expects a token, or right after a backslash in a multi-line string, makes it ask its
// whitespace table about the character, which reaches TOML_UNREACHABLE: undefined
// behaviour (marzer/tomlplusplus#190, found by tests/fuzz). Outside strings and comments
// such a character is a syntax error anyway and is reported here; after a line-ending
// backslash it is valid TOML and is written as a \u escape before parsing.
#pragma once
#include <string>
#include <string_view>

namespace pvpp {

/// The text toml++ may parse, or where and why it must not parse it.
struct GuardedToml {
    std::string text;   ///< the input, or a copy with escapes written in (same lines)
    std::string error;  ///< empty when text is safe to parse
    int line = 0;       ///< 1-based position of the error; the column counts code points
    int column = 0;
    /// False when the scan stopped early at an error toml++ reports itself (or at this one).
    bool read_to_end = false;
};

/// Scans TOML text the way toml++ reads it (strings, comments, the rest) and makes it safe.
GuardedToml guard_toml(std::string_view text);

}  // namespace pvpp
