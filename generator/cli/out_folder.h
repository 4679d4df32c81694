// A build replaces its whole output folder: this keeps --out from naming a folder
// whose replacement would lose the corpus, or a link whose target would be left stale.
#pragma once
#include <string>

namespace pvpp {

/// Why out may not be a build's output folder for the project at root ("" when it may).
std::string out_folder_problem(const std::string& root, const std::string& out);

}  // namespace pvpp
