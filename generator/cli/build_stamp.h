// What a build read and what it wrote, kept in output/.pvpp-cache/build-stamp. When the
// next build finds every input and every output file as the stamp says (as make and
// ninja decide), there is nothing to do: a rebuild with nothing changed reads the
// inputs, writes nothing and ends in milliseconds.
#pragma once
#include <string>
#include <vector>

#include "cli/options.h"

namespace pvpp {

/// Where the stamp lives, below the output folder.
inline constexpr const char* k_build_stamp = ".pvpp-cache/build-stamp";

/// One text naming everything the output depends on: this program (path, size, time),
/// the options, the Hunspell dictionary, whether Chromium is there, and a digest of
/// every file below ROOT/content, ROOT/data and the themes folder.
std::string build_inputs(const Options& options, bool chromium);

/// True when out_dir's stamp was made from these inputs and out_dir holds exactly the
/// files it lists, each with the size and time it lists; `replay` then receives the
/// findings (warnings) that build printed, to print them again.
bool build_is_current(const std::string& out_dir, const std::string& inputs, std::string& replay);

/// Writes the stamp of a finished build: its inputs, the findings it printed and the
/// files of out_dir (`files`: what the commit left there, so the folder is not walked)
/// with their sizes and times. Rewrites the stamp only when it differs.
void write_build_stamp(const std::string& out_dir, const std::string& inputs, const std::string& findings,
                       std::vector<std::string> files);

}  // namespace pvpp
