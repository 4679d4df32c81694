// What the fuzz targets share: invariant checks that abort with a message (so
// libFuzzer keeps the input as a crash), and checkers for the formats they write.
#pragma once
#include <string>
#include <string_view>

namespace pvpp::fuzz {

/// Prints what broke and the offending text, then aborts.
[[noreturn]] void fail(const char* what, std::string_view detail);

/// Aborts through fail() unless ok.
inline void require(bool ok, const char* what, std::string_view detail = {}) {
    if (!ok) { fail(what, detail); }
}

/// True when text contains needle, ASCII letters compared without case.
bool contains_nocase(std::string_view text, std::string_view needle);

/// True when text is exactly one JSON value (RFC 8259), nothing around it but white space.
bool is_json(std::string_view text);

/// Empty when every tag of html is one cmark-gfm writes, with no event-handler
/// attribute and no script URL; otherwise the first offending tag.
std::string unsafe_html(std::string_view html);

/// The repository, for targets that read a fixed corpus at start.
std::string source_dir();

}  // namespace pvpp::fuzz
