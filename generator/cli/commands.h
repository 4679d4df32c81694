// The subcommands as functions of options and streams, so tests run them in-process.
#pragma once
#include <ostream>
#include <string>
#include <vector>

#include "cli/options.h"
#include "render/common/output_folder.h"

namespace pvpp {

/// `pvpp check`: diagnostics to err, completeness report to out; exit status.
int run_check(const Options& options, std::ostream& out, std::ostream& err);

/// `pvpp review-strings`: the strings the public edition must not hold, for the tests; exit status.
int run_review_strings(const Options& options, std::ostream& out, std::ostream& err);

/// `pvpp build`: check, render every output in memory, then write into OUT only the
/// files that changed (render/common/output_commit.h); exit status.
int run_build(const Options& options, std::ostream& out, std::ostream& err);

/// The folders below output/ that the build's renderers own, of every kind of corpus.
std::vector<std::string> renderer_folders();

/// The folders below output/ that the other commands write: `pvpp diff`'s report,
/// `pvpp novertejumi`'s results.
std::vector<std::string> command_folders();

/// `pvpp serve`: build, serve OUT/site/ on 127.0.0.1:port, rebuild after saves in
/// content/, data/ and themes/ and reload open pages, until SIGINT or SIGTERM (exit 0).
int run_serve(const Options& options, std::ostream& out, std::ostream& err);

/// `pvpp diff`: compare two corpora; summary to out, report into OUT/izmainas/; exit
/// status (3 for changes with --exit-code).
int run_diff(const Options& options, std::ostream& out, std::ostream& err);

/// Commits an output folder built in memory into dir as a build commits output/ (only the
/// files that differ, each renamed into place); a failure is said on err and false returned.
bool commit_folder(OutputFolder& folder, const std::string& dir, std::ostream& err);

/// `pvpp novertejumi DIR`: read the filled self-assessment workbooks in DIR; improvement
/// plan drafts and the national picture into OUT/novertejumi/, or findings and exit 1
/// with nothing written.
int run_assessments(const Options& options, std::ostream& out, std::ostream& err);

/// The whole command line: parse, dispatch, exit status (2 for usage errors).
int run_cli(const std::vector<std::string>& args, std::ostream& out, std::ostream& err);

}  // namespace pvpp
