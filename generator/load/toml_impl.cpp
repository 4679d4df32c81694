// toml++ is compiled once here; every other file sees only its declarations.
#define TOML_IMPLEMENTATION
#include <toml++/toml.h>
