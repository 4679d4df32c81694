// Loading and validating, shared by check and build: the corpus frozen with its index.
#pragma once
#include <memory>
#include <ostream>

#include "cli/options.h"
#include "diag/diagnostics.h"
#include "validate/corpus_index.h"

namespace pvpp {

/// A loaded, validated corpus. Held by pointer so the index's pointers stay valid.
struct CorpusSession {
    Corpus corpus;
    CorpusIndex index;
    Diagnostics diags;
    /// Cards or pages of the last build are gone (warned): a build that skips must not replay that.
    bool dropped_content = false;
    /// False while a clean load's warnings wait to be printed with what rendering finds
    /// (check and build), so that one run prints one list and one count.
    bool findings_printed = false;
};

/// Loads ROOT and validates it; prints the findings to err — at once when there are errors
/// or the command renders nothing, otherwise with the renderers' (print_render_findings).
std::unique_ptr<CorpusSession> load_session(const Options& options, std::ostream& err);

/// Prints the load's waiting findings and what rendering found, in one list: a finding in a file below the root (a written link in the
/// corpus, a theme template) as the load's findings are printed (the root as the user named
/// it, the line with a caret), one in an output file (site/…) as it is.
void print_render_findings(std::ostream& err, const Diagnostics& found, CorpusSession& session,
                           const Options& options);

}  // namespace pvpp
