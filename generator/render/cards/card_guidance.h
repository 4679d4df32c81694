// Card sections 6–8: competences and technologies with their flags, and the guidance.
#pragma once
#include <string>
#include <vector>

#include "render/cards/card_links.h"

namespace pvpp {

/// A part of a card section under its heading; "" when the text is empty.
std::string card_part_html(const CardLinks& links, const char* heading, const Text& text);

/// The symbol a catalogue flag prints as; "?" when the flag is unknown.
std::string flag_symbol(const std::string& flag);

/// Competences by id, each with its flag symbol and a link to its site page, then the
/// legend of the symbols; "" when none is known.
std::string competence_list_html(const CardLinks& links, const std::vector<Ref>& ids);
/// Digital technologies by id, as competence_list_html.
std::string technology_list_html(const CardLinks& links, const std::vector<Ref>& ids);

/// Section 6: processes, competences with flag symbols and their legend, notes.
std::string capabilities_html(const CardLinks& links, const TaskCard& card);
/// Section 7: information, digital technologies with flag symbols and their legend, notes.
std::string resources_html(const CardLinks& links, const TaskCard& card);
/// Section 8: actions, general information, attention points, further reading.
std::string guidance_html(const CardLinks& links, const TaskCard& card);

}  // namespace pvpp
