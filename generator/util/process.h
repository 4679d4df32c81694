// Running other programs: finding them on PATH and starting them without their chatter.
#pragma once
#include <string>
#include <sys/types.h>
#include <vector>

namespace pvpp {

/// The full path of an executable named name in a PATH folder, or "" when there is none.
std::string find_on_path(const std::string& name);

/// Starts args[0] (a full path) with args, stdout and stderr sent to /dev/null; -1 when it cannot start.
pid_t spawn_quiet(const std::vector<std::string>& args);

/// Runs args to the end as spawn_quiet does; true when it started and exited with status 0.
bool run_quiet(const std::vector<std::string>& args);

}  // namespace pvpp
