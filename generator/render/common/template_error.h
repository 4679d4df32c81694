// ctemplate reports a broken template on std::cerr and names no line: these parse a
// template with that report captured and turn it into a diagnostic at its line.
#pragma once
#include <ctemplate/template.h>

#include <string>

#include "diag/diagnostics.h"

namespace pvpp {

/// Parses text as the template `name` into cache; on a syntax error reports
/// `shown:line:1: error: …` (shown is the template's path as the user knows it) and
/// returns false.
bool load_template(ctemplate::TemplateCache& cache, const std::string& name, const std::string& text,
                   const std::string& shown, Diagnostics& diags);

/// The 1-based line of the first syntax error ctemplate finds in text (1 when none).
int template_error_line(const std::string& text);

}  // namespace pvpp
