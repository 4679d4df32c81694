// Where a model object or a finding came from: a file of the corpus, a line, a column.
#pragma once
#include <compare>
#include <string>

namespace pvpp {

/// A position in a corpus file. The path is relative to the corpus root;
/// line and column are 1-based, the column counts code points. 0 means unknown.
struct SourceLoc {
    std::string file;
    int line = 0;
    int column = 0;

    /// The same file, moved by a count of lines and a column.
    SourceLoc at(int line_, int column_) const { return SourceLoc{file, line_, column_}; }

    /// Ordered by file, then line, then column.
    auto operator<=>(const SourceLoc&) const = default;
};

}  // namespace pvpp
