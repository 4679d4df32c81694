// A build makes its output folder hold exactly what it produced, removing the rest: this
// keeps --out from naming a folder whose replacement would lose the corpus or someone's
// files, or a link whose target would be left stale.
#pragma once
#include <string>
#include <vector>

namespace pvpp {

/// What pvpp itself puts at the top of an output folder: the renderers' folders, the
/// report of `pvpp diff`, and its own hidden working files (".pvpp-cache", ".….pvpp-new").
bool is_pvpp_output_name(const std::string& name);

/// True when inner is outer or lies below it, each resolved (links, "..", a trailing '/').
bool within_folder(const std::string& inner, const std::string& outer);

/// Why out may not be a build's output folder for the project at root ("" when it may).
std::string out_folder_problem(const std::string& root, const std::string& out);

}  // namespace pvpp
