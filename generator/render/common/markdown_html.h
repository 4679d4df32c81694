// Markdown fields to HTML, with every code in the text turned into a link.
#pragma once
#include <functional>
#include <string>

#include "model/codes.h"

namespace pvpp {

/// Returns the href for a code, or "" to leave it as text.
using CodeLinker = std::function<std::string(CodeKind kind, const std::string& code)>;

/// Renders Markdown safely (raw HTML is never passed through) and links codes
/// outside code spans and existing links.
std::string markdown_to_html(const std::string& markdown, const CodeLinker& linker);

}  // namespace pvpp
