// Prints the card files to PDF with headless Chromium: the one place the cards run a process.
#pragma once
#include <string>
#include <vector>

namespace pvpp {

/// The Chromium on PATH ("chromium", then "chromium-browser"), or "" when there is none.
std::string find_chromium();

/// The command line that prints one HTML file to PDF, with its own fresh profile folder.
std::vector<std::string> chromium_print_args(const std::string& browser, const std::string& html,
                                             const std::string& pdf, const std::string& profile);

/// Prints dir/<name>.html to dir/<name>.pdf for each file, a few browsers at a time.
/// Returns false with a message naming the files that failed.
bool print_pdfs(const std::string& browser, const std::string& dir, const std::vector<std::string>& files,
                std::string& error);

}  // namespace pvpp
