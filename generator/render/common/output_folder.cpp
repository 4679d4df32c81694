#include "render/common/output_folder.h"

#include <filesystem>
#include <fstream>
#include <unistd.h>

#include "util/text.h"

namespace pvpp {

namespace fs = std::filesystem;

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
    std::size_t start = 0;
    while (start <= path.size()) {
        std::size_t slash = path.find('/', start);
        std::string_view seg = path.substr(start, slash == std::string_view::npos ? std::string_view::npos
                                                                                   : slash - start);
        if (seg.empty() || seg == "." || seg == ".." || is_device_name(seg)) { return false; }
        if (slash == std::string_view::npos) { break; }
        start = slash + 1;
    }
    return true;
}

OutputFolder::OutputFolder(std::string dir) : m_dir(std::move(dir)) {}

bool OutputFolder::write(const std::string& path, std::string_view bytes, Diagnostics& diags) {
    if (!is_safe_relative_path(path)) {
        diags.error({m_dir}, "refusing to write '" + path + "': the path would leave the output folder");
        return false;
    }
    fs::path target = fs::path(m_dir) / path;
    std::error_code ec;
    fs::create_directories(target.parent_path(), ec);
    std::ofstream out(target, std::ios::binary | std::ios::trunc);
    out.write(bytes.data(), static_cast<std::streamsize>(bytes.size()));
    out.close();
    if (ec || !out) {
        diags.error({target.string()}, "cannot write file" + (ec ? ": " + ec.message() : std::string()));
        return false;
    }
    ++m_count;
    return true;
}

StagingTree::StagingTree(std::string final_dir) : m_final(std::move(final_dir)) {
    while (m_final.size() > 1 && m_final.back() == '/') { m_final.pop_back(); }
    m_staging = m_final + ".tmp-" + std::to_string(::getpid());
}

StagingTree::~StagingTree() {
    if (!m_committed) {
        std::error_code ec;
        fs::remove_all(m_staging, ec);
    }
}

bool StagingTree::open(std::string& error) {
    std::error_code ec;
    fs::remove_all(m_staging, ec);
    if (!fs::create_directories(m_staging, ec)) {
        error = "cannot create " + m_staging + ": " + ec.message();
        return false;
    }
    return true;
}

// Two renames: the old output stays whole until the new one is complete.
bool StagingTree::commit(std::string& error) {
    std::error_code ec;
    std::string old = m_final + ".old-" + std::to_string(::getpid());
    bool had_old = fs::exists(m_final, ec);
    if (had_old) { fs::rename(m_final, old, ec); }
    if (!ec) { fs::rename(m_staging, m_final, ec); }
    if (ec) {
        error = "cannot move the new output into " + m_final + ": " + ec.message();
        if (had_old && !fs::exists(m_final)) { fs::rename(old, m_final, ec); }
        return false;
    }
    m_committed = true;
    fs::remove_all(old, ec);
    return true;
}

}  // namespace pvpp
