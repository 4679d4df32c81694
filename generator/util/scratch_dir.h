// A private temporary folder for files a library insists on writing to disk.
#pragma once
#include <string>

namespace pvpp {

/// A fresh folder under the system's temporary directory, or the folder parent/prefix
/// (emptied first) when files refer to it by that fixed name, removed with everything
/// in it on destruction. path() is "" when it could not be created.
class ScratchDir {
public:
    explicit ScratchDir(const std::string& prefix, const std::string& parent = "");
    ~ScratchDir();
    ScratchDir(const ScratchDir&) = delete;
    ScratchDir& operator=(const ScratchDir&) = delete;

    const std::string& path() const { return m_path; }

private:
    std::string m_path;
};

}  // namespace pvpp
