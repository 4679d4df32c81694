#include "util/scratch_dir.h"

#include <stdlib.h>

#include <filesystem>

namespace pvpp {

namespace fs = std::filesystem;

ScratchDir::ScratchDir(const std::string& prefix) {
    std::error_code ec;
    std::string pattern = (fs::temp_directory_path(ec) / (prefix + "-XXXXXX")).string();
    if (mkdtemp(pattern.data())) { m_path = pattern; }
}

ScratchDir::~ScratchDir() {
    std::error_code ec;
    if (!m_path.empty()) { fs::remove_all(m_path, ec); }
}

}  // namespace pvpp
