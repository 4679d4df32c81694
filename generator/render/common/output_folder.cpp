#include "render/common/output_folder.h"

#include "util/message.h"
#include "util/text.h"

namespace pvpp {

namespace {

bool is_device_name(std::string_view segment) {
    std::string base(segment.substr(0, segment.find('.')));
    for (auto& c : base) { c = static_cast<char>(std::tolower(static_cast<unsigned char>(c))); }
    if (base == "con" || base == "prn" || base == "aux" || base == "nul") { return true; }
    return base.size() == 4 && (base.starts_with("com") || base.starts_with("lpt")) && base[3] >= '1' &&
           base[3] <= '9';
}

}  // namespace

bool is_safe_relative_path(std::string_view path) {
    if (path.empty() || path.front() == '/' || path.find('\0') != std::string_view::npos ||
        path.find('\\') != std::string_view::npos || path.find(':') != std::string_view::npos) {
        return false;
    }
    for (std::string_view seg : split(path, '/')) {
        if (seg.empty() || seg == "." || seg == ".." || is_device_name(seg)) { return false; }
    }
    return true;
}

OutputFolder::OutputFolder(std::string name) : m_name(std::move(name)) {}

bool OutputFolder::write(const std::string& path, std::string bytes, Diagnostics& diags) {
    if (!is_safe_relative_path(path)) {
        diags.error({m_name}, fill(_("refusing to write '{1}': the path would leave the output folder"), {path}));
        return false;
    }
    m_files.push_back({path, std::move(bytes)});
    return true;
}

const std::string* OutputFolder::find(std::string_view path) const {
    for (auto it = m_files.rbegin(); it != m_files.rend(); ++it) {
        if (it->path == path) { return &it->bytes; }
    }
    return nullptr;
}

}  // namespace pvpp
