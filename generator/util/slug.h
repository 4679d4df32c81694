// Anchor ids and URL slugs made from Latvian headings, as varam.gov.lv makes them.
#pragma once
#include <string>
#include <string_view>

namespace pvpp {

/// Replaces Latvian letters with their base letter (ā→a … ž→z, upper case kept).
std::string fold_diacritics(std::string_view text);

/// The live site's anchor rule: lower case, diacritics folded, dots dropped,
/// every other run of non-alphanumerics one hyphen, no hyphen at either end.
std::string slugify(std::string_view heading);

/// True for a non-empty slug of [a-z0-9-] that cannot name a parent or a
/// Windows device: safe as one path segment under output/.
bool is_safe_slug(std::string_view slug);

/// Why a slug is not safe ("" when it is), worded to follow "slug 'x' ".
std::string slug_problem(std::string_view slug);

}  // namespace pvpp
