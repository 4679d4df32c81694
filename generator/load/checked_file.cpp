// The checks every corpus file passes before a parser sees it.
#include "load/checked_file.h"

#include <algorithm>
#include <cstdio>

#include "util/message.h"
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

// What Windows Notepad and Excel put before UTF-8 text; TOML 1.0 allows it.
constexpr std::string_view k_byte_order_mark = "\xEF\xBB\xBF";

}  // namespace

void normalize_line_ends(std::string& text) {
    if (text.starts_with(k_byte_order_mark)) { text.erase(0, k_byte_order_mark.size()); }
    std::size_t at = text.find("\r\n");
    if (at == std::string::npos) { return; }
    std::size_t out = at;
    for (std::size_t in = at; in < text.size(); ++in) {
        if (text[in] == '\r' && in + 1 < text.size() && text[in + 1] == '\n') { continue; }
        text[out++] = text[in];
    }
    text.resize(out);
}

bool check_bytes(const std::string& file, const std::string& text, Diagnostics& diags) {
    if (auto bad = first_invalid_utf8(text)) {
        char hex[8];
        std::snprintf(hex, sizeof hex, "0x%02X", static_cast<unsigned char>(text[*bad]));
        diags.error(loc_of_offset(file, text, *bad),
                    fill(_("invalid UTF-8 (byte {1}): save the file as UTF-8"), {hex}));
        return false;
    }
    if (text.find('\0') != std::string::npos) {
        diags.error(loc_of_offset(file, text, text.find('\0')), _("the file contains a NUL byte"));
        return false;
    }
    if (trim(text).empty()) {
        diags.error({file, 1, 1}, _("the file is empty"));
        return false;
    }
    return true;
}

std::optional<std::string> read_corpus_file(const FileSystem& fs, const std::string& path, Diagnostics& diags) {
    auto text = checked_bytes(fs.read(path, k_max_file_bytes), path, diags);
    if (text) { normalize_line_ends(*text); }
    return text;
}

std::optional<std::string> checked_bytes(FileRead file, const std::string& path, Diagnostics& diags) {
    switch (file.outcome) {
        case FileRead::Outcome::missing: return std::nullopt;
        case FileRead::Outcome::failed:
            diags.error({path}, fill(_("cannot read the file: {1}"), {file.reason}));
            return std::nullopt;
        case FileRead::Outcome::too_large:
            diags.error({path, 1, 1},
                        fill(_("the file is {1} bytes; a corpus file may hold at most 8 MiB (8388608 bytes)"),
                             {std::to_string(file.size)}));
            return std::nullopt;
        case FileRead::Outcome::read: break;
    }
    return std::move(file.bytes);
}

std::vector<std::string> list_folder(const FileSystem& fs, const std::string& dir, Diagnostics& diags) {
    FolderList folder = fs.list(dir);
    if (!folder.reason.empty()) { diags.error({dir}, fill(_("cannot read the folder: {1}"), {folder.reason})); }
    return std::move(folder.names);
}

}  // namespace pvpp
