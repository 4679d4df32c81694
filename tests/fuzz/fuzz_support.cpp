#include "fuzz_support.h"

#include <algorithm>
#include <cstdio>
#include <cstdlib>

namespace pvpp::fuzz {

void fail(const char* what, std::string_view detail) {
    std::fprintf(stderr, "fuzz invariant broken: %s\n%.*s\n", what, static_cast<int>(std::min<std::size_t>(detail.size(), 2000)),
                 detail.data());
    std::abort();
}

bool contains_nocase(std::string_view text, std::string_view needle) {
    auto lower = [](char c) { return (c >= 'A' && c <= 'Z') ? static_cast<char>(c - 'A' + 'a') : c; };
    auto it = std::search(text.begin(), text.end(), needle.begin(), needle.end(),
                          [&](char a, char b) { return lower(a) == lower(b); });
    return it != text.end();
}

std::string source_dir() { return PVPP_SOURCE_DIR; }

}  // namespace pvpp::fuzz
