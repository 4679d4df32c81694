// pvpp's entry point: everything else lives in the pvpp_core library.
#include <iostream>

#include "cli/commands.h"

int main(int argc, char** argv) {
    std::vector<std::string> args(argv + 1, argv + argc);
    return pvpp::run_cli(args, std::cout, std::cerr);
}
