// Card sections 6–8: competences and technologies with their flags, and the guidance.
#pragma once
#include <string>

#include "render/cards/card_links.h"

namespace pvpp {

/// The symbol a catalogue flag prints as; "?" when the flag is unknown.
std::string flag_symbol(const std::string& flag);

/// Section 6: processes, competences with flag symbols and their legend, notes.
std::string capabilities_html(const CardLinks& links, const TaskCard& card);
/// Section 7: information, digital technologies with flag symbols and their legend, notes.
std::string resources_html(const CardLinks& links, const TaskCard& card);
/// Section 8: actions, general information, attention points, further reading.
std::string guidance_html(const CardLinks& links, const TaskCard& card);

}  // namespace pvpp
