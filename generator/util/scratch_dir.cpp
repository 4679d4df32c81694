#include "util/scratch_dir.h"

#include <stdlib.h>

#include <filesystem>

namespace pvpp {

namespace fs = std::filesystem;

ScratchDir::ScratchDir(const std::string& prefix, const std::string& parent) {
    std::error_code ec;
    if (!parent.empty()) {
        std::string fixed = parent + "/" + prefix;
        fs::remove_all(fixed, ec);
        if (fs::create_directories(fixed, ec)) { m_path = fixed; }
        return;
    }
    std::string pattern = (fs::temp_directory_path(ec) / (prefix + "-XXXXXX")).string();
    if (mkdtemp(pattern.data())) { m_path = pattern; }
}

ScratchDir::~ScratchDir() {
    std::error_code ec;
    if (!m_path.empty()) { fs::remove_all(m_path, ec); }
}

}  // namespace pvpp
