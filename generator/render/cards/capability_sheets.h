// The P4.6 training handout: a sheet per capability and resource with its items, the
// catalogue entries that belong to it and the tasks whose cards need it.
#pragma once
#include <ctemplate/template.h>

#include "render/cards/card_links.h"

namespace pvpp {

/// Fills cards/capabilities.tpl: the cover (HEADING, TRAINING, KIND lists with their
/// ENTRY items) and a SHEET per capability and resource that is not an item of another.
void fill_capability_sheets(const CardLinks& links, ctemplate::TemplateDictionary& dict);

}  // namespace pvpp
