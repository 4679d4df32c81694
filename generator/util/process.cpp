#include "util/process.h"

#include <fcntl.h>
#include <spawn.h>
#include <sys/wait.h>
#include <unistd.h>

#include <cerrno>
#include <cstdlib>
#include <filesystem>

#include "util/text.h"

namespace pvpp {

std::string find_on_path(const std::string& name) {
    const char* path = std::getenv("PATH");
    for (std::string_view dir : split(path ? path : "/usr/bin:/bin", ':')) {
        std::filesystem::path candidate = std::filesystem::path(dir.empty() ? "." : dir) / name;
        if (access(candidate.c_str(), X_OK) == 0) { return candidate.string(); }
    }
    return "";
}

pid_t spawn_quiet(const std::vector<std::string>& args) {
    std::vector<char*> argv;
    for (const auto& a : args) { argv.push_back(const_cast<char*>(a.c_str())); }
    argv.push_back(nullptr);
    posix_spawn_file_actions_t actions;
    posix_spawn_file_actions_init(&actions);
    posix_spawn_file_actions_addopen(&actions, 1, "/dev/null", O_WRONLY, 0);
    posix_spawn_file_actions_addopen(&actions, 2, "/dev/null", O_WRONLY, 0);
    pid_t pid = -1;
    int rc = posix_spawn(&pid, argv[0], &actions, nullptr, argv.data(), environ);
    posix_spawn_file_actions_destroy(&actions);
    return rc == 0 ? pid : -1;
}

// Waits for this child only, so it never reaps a process another part of the build started.
bool run_quiet(const std::vector<std::string>& args) {
    pid_t pid = spawn_quiet(args);
    if (pid < 0) { return false; }
    int status = 0;
    while (waitpid(pid, &status, 0) < 0) {
        if (errno != EINTR) { return false; }
    }
    return WIFEXITED(status) && WEXITSTATUS(status) == 0;
}

}  // namespace pvpp
