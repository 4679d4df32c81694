// All findings of a run are collected here, then printed once, sorted.
#pragma once
#include <map>
#include <ostream>
#include <set>
#include <string>
#include <vector>

#include "diag/source_loc.h"

namespace pvpp {

/// A note adds to the finding before it (GCC's `note:`) and is not counted.
enum class Severity { error, warning, note };

/// One finding, printed as `file:line:col: error: message`.
struct Diagnostic {
    SourceLoc loc;
    Severity severity = Severity::error;
    std::string message;
};

/// Collects findings and the text of the files they point into (for the caret line).
class Diagnostics {
public:
    /// A finding made twice (two renderers loading one broken theme) is kept once.
    void error(const SourceLoc& loc, std::string message);
    void warning(const SourceLoc& loc, std::string message);
    void note(const SourceLoc& loc, std::string message);
    /// A finding of any severity (one copied from another collector).
    void add(const SourceLoc& loc, Severity severity, std::string message);
    /// Remembers a file's text so that findings in it can quote their line.
    void remember_source(const std::string& file, std::string text);
    /// Moves another collector's findings and sources in after this one's (work done
    /// in parallel collects into its own, then joins in a fixed order).
    void append(Diagnostics&& other);

    int error_count() const;
    int warning_count() const;
    /// The position of the last error reported in a file, or none.
    const SourceLoc* last_error_in(const std::string& file) const;
    /// Findings sorted by file, line and column; equal positions keep their order.
    std::vector<Diagnostic> sorted() const;
    const std::string* source_of(const std::string& file) const;

private:
    std::vector<Diagnostic> m_items;
    std::set<std::string> m_seen;
    std::map<std::string, std::string> m_sources;
};

/// Prints every finding with its source line and a caret, then the count line.
/// `prefix` is prepended to each path (the corpus root as the user named it).
void print_diagnostics(std::ostream& out, const Diagnostics& diags, const std::string& prefix);

}  // namespace pvpp
