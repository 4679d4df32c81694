// Reading a corpus file with the checks every file passes before it is parsed.
#pragma once
#include <optional>
#include <string>

#include "diag/diagnostics.h"
#include "util/file_system.h"

namespace pvpp {

/// The file's text, remembered in diags for quoting; nullopt when it does not exist
/// or fails a check (byte-order mark, invalid UTF-8, NUL byte, empty), which is reported.
/// With remember = false the text is remembered only for a failed check: the caller
/// remembers it if a later finding needs it (a content folder of 10,000 pages would
/// otherwise hold every text twice).
std::optional<std::string> read_checked(const FileSystem& fs, const std::string& path, Diagnostics& diags,
                                        bool remember = true);

}  // namespace pvpp
