// Where the text of a TOML string value lies in its file, so that a finding inside
// a Markdown field points at the right line and column even after escape sequences.
#pragma once
#include <string>

#include "load/load_context.h"
#include "model/text.h"

namespace pvpp {

/// The Text of a string value whose opening quote toml++ put at `opening`.
Text string_text(const LoadContext& ctx, const SourceLoc& opening, std::string value);

}  // namespace pvpp
