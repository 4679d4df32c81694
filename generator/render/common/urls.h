// The site's URL scheme: where each record's page lives, and relative links
// between pages so the site works from file:// and from any static host.
#pragma once
#include <string>

#include "model/corpus.h"
#include "model/entity.h"

namespace pvpp {

/// Page folders, relative to the site root, ending in '/'.
namespace url {

std::string home();
std::string capability(const Capability& c);
std::string page(const std::string& slug);
std::string matrix();
/// The id of a role's column header in the matrix ("loma-<role>"): a real anchor, which the
/// matrix's script also reads as the role filter.
std::string matrix_role_anchor(const std::string& role_id);
std::string completeness();
std::string workplan();
std::string search();
std::string downloads();

/// The page folder of a record of a kind with its own folder (model/record_kinds.h), else "".
std::string of(EntityKind kind, const std::string& id);

/// "../" once per folder level of a site-relative folder ("lv/x/" → "../../"): the way up to the root.
std::string root_prefix(const std::string& from);

/// Link from the page in folder `from` to the page in folder `to` (both site-relative).
std::string relative(const std::string& from, const std::string& to);

}  // namespace url
}  // namespace pvpp
