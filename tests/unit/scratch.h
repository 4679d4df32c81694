// A test's scratch folder under the system's temporary folder.
#pragma once
#include <unistd.h>

#include <filesystem>
#include <string>

namespace pvpp::test {

/// The name and this process's id, so that two test runs on one machine (two worktrees, a
/// sanitizer build beside a plain one) never write into the same folder.
inline std::filesystem::path scratch_path(const std::string& name) {
    return std::filesystem::temp_directory_path() / (name + "-" + std::to_string(::getpid()));
}

}  // namespace pvpp::test
