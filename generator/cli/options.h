// The command line: which subcommand, and the settings it takes.
#pragma once
#include <optional>
#include <ostream>
#include <string>
#include <vector>

namespace pvpp {

struct Options {
    std::string command;      ///< "check", "build", "serve", "diff", "novertejumi", "help", "version"
    std::string root = ".";   ///< project root: content/, data/, themes/
    std::string out;          ///< output folder; default ROOT/output
    std::string theme = "default";
    bool pdf = false;                 ///< build: print the cards to PDF with headless Chromium
    bool cards_written_only = false;  ///< build: cards leave out unwritten sections
    /// build --review, and serve unless --public: the review edition, written to OUT/review/
    /// (out already points there), never into the public folders.
    bool review = false;
    int port = 8080;                  ///< serve: the loopback port (0: any free one)
    std::string old_root;             ///< diff: the earlier corpus
    std::string new_root;             ///< diff: the later corpus; default root
    bool exit_code = false;           ///< diff: exit 3 when something changed, as git diff --exit-code
    std::string assessments;          ///< novertejumi: the folder of filled self-assessment workbooks
};

/// Parses argv (without the program name); prints a usage error and returns
/// nullopt when the words are wrong.
std::optional<Options> parse_options(const std::vector<std::string>& args, std::ostream& err);

/// The text of `pvpp --help`.
const char* usage_text();

}  // namespace pvpp
