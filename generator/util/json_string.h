// JSON string literals that are also safe inside an HTML <script> element.
#pragma once
#include <string>
#include <string_view>

namespace pvpp {

/// The text as a quoted JSON string: '"' and '\' escaped, control characters as
/// \n \t \r \b \f or \u00XX, "</" written "<\/" (so "</script>" cannot end a
/// script element) and U+2028 / U+2029 as \u2028 / \u2029 (line ends in older JS).
/// Other UTF-8 is copied as it is.
std::string json_quote(std::string_view text);

}  // namespace pvpp
