// The checks every corpus file passes before a parser sees it.
#include "load/checked_file.h"

#include <algorithm>
#include <cstdio>

#include "util/text.h"
#include "util/utf8.h"

namespace pvpp {
namespace {

// Position of a byte offset in a text, for encoding errors found before parsing.
SourceLoc loc_of_offset(const std::string& file, std::string_view text, std::size_t offset) {
    std::string_view before = text.substr(0, offset);
    std::size_t nl = before.rfind('\n');
    int line = 1 + static_cast<int>(std::count(before.begin(), before.end(), '\n'));
    std::size_t line_start = nl == std::string_view::npos ? 0 : nl + 1;
    int column = 1 + static_cast<int>(count_code_points(before.substr(line_start)));
    return SourceLoc{file, line, column};
}

// Encoding and emptiness are checked on the bytes, so no parser sees a broken file.
bool check_bytes(const std::string& file, const std::string& text, Diagnostics& diags) {
    if (text.starts_with("\xEF\xBB\xBF")) {
        diags.error({file, 1, 1}, "file starts with a byte-order mark (save it as UTF-8 without BOM)");
        return false;
    }
    if (auto bad = first_invalid_utf8(text)) {
        char hex[8];
        std::snprintf(hex, sizeof hex, "0x%02X", static_cast<unsigned char>(text[*bad]));
        diags.error(loc_of_offset(file, text, *bad), std::string("invalid UTF-8 (byte ") + hex + ")");
        return false;
    }
    if (text.find('\0') != std::string::npos) {
        diags.error(loc_of_offset(file, text, text.find('\0')), "file contains a NUL byte");
        return false;
    }
    if (trim(text).empty()) {
        diags.error({file, 1, 1}, "file is empty");
        return false;
    }
    return true;
}

}  // namespace

std::optional<std::string> read_checked(const FileSystem& fs, const std::string& path, Diagnostics& diags,
                                        bool remember) {
    auto text = fs.read(path);
    if (!text) { return std::nullopt; }
    if (remember) { diags.remember_source(path, *text); }
    if (!check_bytes(path, *text, diags)) {
        if (!remember) { diags.remember_source(path, *text); }
        return std::nullopt;
    }
    return text;
}

}  // namespace pvpp
