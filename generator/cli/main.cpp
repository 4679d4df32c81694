// pvpp's entry point: everything else lives in the pvpp_core library.
#include <csignal>
#include <iostream>

#include "cli/commands.h"
#include "util/message.h"

int main(int argc, char** argv) {
    // Past a file size limit (ulimit -f) a write fails with EFBIG and the build says so,
    // instead of the process being killed halfway through replacing output/.
    std::signal(SIGXFSZ, SIG_IGN);
    // Before any thread: choosing Latvian sets the messages locale and LANGUAGE.
    pvpp::choose_message_language();
    std::vector<std::string> args(argv + 1, argv + argc);
    return pvpp::run_cli(args, std::cout, std::cerr);
}
