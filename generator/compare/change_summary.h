// The change report for the terminal, in Latvian: counts per kind, a line per change.
#pragma once
#include <string>
#include <vector>

#include "compare/change.h"

namespace pvpp {

/// The lines of the terminal report ("Izmaiņu nav." when nothing changed).
std::vector<std::string> summary_lines(const ChangeSet& set);

/// The participle of a change type that agrees with a kind's noun: "pievienots
/// uzdevums", "pievienota loma".
std::string change_verb(ChangeType type, RecordKind kind);

}  // namespace pvpp
