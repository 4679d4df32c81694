// Reading a corpus file, and the checks every file passes before a parser sees it.
#pragma once
#include <optional>
#include <string>
#include <vector>

#include "diag/diagnostics.h"
#include "util/file_system.h"

namespace pvpp {

/// A corpus file is text an editor writes: far below this. The limit keeps a stray
/// export or a disk image from being read into memory and parsed.
constexpr std::uintmax_t k_max_file_bytes = 8 * 1024 * 1024;

/// A corpus file's text as the parsers see it: a leading byte-order mark removed and
/// Windows line ends (CR LF) made LF, so lines and columns stay those the editor sees.
/// nullopt when it does not exist, or (reported) when it cannot be read or is larger
/// than a corpus file may be (8 MiB).
std::optional<std::string> read_corpus_file(const FileSystem& fs, const std::string& path, Diagnostics& diags);

/// Removes a leading byte-order mark and turns every CR LF into LF, in place.
void normalize_line_ends(std::string& text);

/// The bytes of what fs.read(path, k_max_file_bytes) gave, unchanged; nullopt when the file
/// is missing, or (reported at path) when it could not be read or was too large.
std::optional<std::string> checked_bytes(FileRead file, const std::string& path, Diagnostics& diags);

/// Encoding and emptiness, checked on the bytes: invalid UTF-8, a NUL
/// byte or an empty file is reported, and false returned.
bool check_bytes(const std::string& file, const std::string& text, Diagnostics& diags);

/// The names in a folder of the corpus; a folder that exists but cannot be read is reported.
std::vector<std::string> list_folder(const FileSystem& fs, const std::string& dir, Diagnostics& diags);

}  // namespace pvpp
