// What a build published that an editor wrote — each card's written sections, each prose
// page — kept in OUT/.pvpp-cache/ so that the next check or build can say what would go
// when a file disappeared or a task lost its card (instead of dropping it without a word).
#pragma once
#include <optional>
#include <string>

#include "diag/diagnostics.h"
#include "model/corpus.h"

namespace pvpp {

/// Where a build keeps the record, below OUT (never below site/, which is published).
inline constexpr const char* k_written_record = ".pvpp-cache/written-content.tsv";

/// The record of the corpus: "card<TAB>task<TAB>file<TAB>section numbers" and
/// "page<TAB>file<TAB>title" lines, in corpus order (byte-identical for one corpus).
std::string written_record(const Corpus& corpus);

/// A warning at the file for each card and page of `before` (a previous record) that the
/// corpus no longer has, naming what goes. Nothing when there is no previous record.
/// True when it warned.
bool warn_dropped_content(const std::optional<std::string>& before, const Corpus& corpus, Diagnostics& diags);

}  // namespace pvpp
