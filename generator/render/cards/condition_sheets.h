// The P4.4 training handout: the condition wheel and the groups on the cover, then a
// sheet per condition with what the corpus says of it and the tasks whose cards name it.
#pragma once
#include <ctemplate/template.h>

#include "render/cards/card_links.h"

namespace pvpp {

/// Fills cards/conditions.tpl: the cover (HEADING, TRAINING, WHEEL, GROUP with its
/// CONDITION entries) and a SHEET per condition.
void fill_condition_sheets(const CardLinks& links, ctemplate::TemplateDictionary& dict);

}  // namespace pvpp
