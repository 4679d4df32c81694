// The 11 Latvian letters with diacritics: the one table that slugs, folding and
// lower-casing share.
#pragma once
#include <array>

namespace pvpp {

struct LatvianLetter {
    char32_t capital;
    char32_t small;
    char base;  ///< the letter without its diacritic, lower case
};

inline constexpr std::array<LatvianLetter, 11> k_latvian_letters = {{
    {U'Ā', U'ā', 'a'}, {U'Č', U'č', 'c'}, {U'Ē', U'ē', 'e'}, {U'Ģ', U'ģ', 'g'},
    {U'Ī', U'ī', 'i'}, {U'Ķ', U'ķ', 'k'}, {U'Ļ', U'ļ', 'l'}, {U'Ņ', U'ņ', 'n'},
    {U'Š', U'š', 's'}, {U'Ū', U'ū', 'u'}, {U'Ž', U'ž', 'z'},
}};

}  // namespace pvpp
