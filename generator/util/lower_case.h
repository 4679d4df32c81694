// Lower-casing that knows Latvian: what the search index and its query side agree on.
#pragma once
#include <string>
#include <string_view>

namespace pvpp {

/// Lower-cases ASCII letters and the 11 Latvian capitals (Ā Č Ē Ģ Ī Ķ Ļ Ņ Š Ū Ž);
/// every other byte sequence is copied unchanged.
std::string lower_latvian(std::string_view text);

}  // namespace pvpp
