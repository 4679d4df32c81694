// The P1.1 training sheets: a page per role, a summary of all roles, and how
// scales, levels and roles fit together.
#pragma once
#include <ctemplate/template.h>

#include "render/cards/card_links.h"

namespace pvpp {

/// Fills cards/roles.tpl: INTERACTION (the grid of every role), SUMMARY rows and a ROLE per role.
void fill_role_sheets(const CardLinks& links, ctemplate::TemplateDictionary& dict);

/// Who carries out the role's duties, a paragraph each, with the paragraphs' attributes.
std::string carriers_html(const Role& role, const std::string& attributes = "");

}  // namespace pvpp
