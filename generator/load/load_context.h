// What a loader needs to know about the file it reads: name, text, line offset.
#pragma once
#include <string>
#include <string_view>
#include <vector>

#include "diag/diagnostics.h"
#include "model/provenance.h"
#include "model/text.h"

namespace pvpp {

/// One corpus file being read. line_offset shifts positions of a part of the
/// file parsed on its own (the front matter of a Markdown page).
struct LoadContext {
    std::string file;
    std::string_view text;
    std::vector<std::string_view> lines;
    Diagnostics& diags;
    int line_offset = 0;
    Provenance file_provenance;  ///< the file's top-level source and status, which its records inherit

    LoadContext(std::string file_, std::string_view text_, Diagnostics& diags_);
    SourceLoc loc(int line, int column) const { return SourceLoc{file, line + line_offset, column}; }
};

}  // namespace pvpp
