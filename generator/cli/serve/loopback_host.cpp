#include "cli/serve/loopback_host.h"

#include <algorithm>
#include <string>

#include "util/lower_case.h"

namespace pvpp {
namespace {

bool is_port(std::string_view digits) {
    return !digits.empty() && digits.size() <= 5 &&
           std::all_of(digits.begin(), digits.end(), [](char c) { return c >= '0' && c <= '9'; });
}

bool is_loopback_name(std::string_view name) {
    std::string lower = lower_latvian(name);
    return lower == "localhost" || lower == "127.0.0.1" || lower == "[::1]";
}

}  // namespace

// The name is everything before the last ':' that is not inside the brackets of an IPv6
// address; whatever follows must be a port, digits only.
bool is_loopback_host(std::string_view host) {
    std::size_t colon = host.rfind(':');
    if (colon != std::string_view::npos && host.find(']', colon) != std::string_view::npos) {
        colon = std::string_view::npos;  // the colon of "[::1]" itself
    }
    if (colon == std::string_view::npos) { return is_loopback_name(host); }
    return is_loopback_name(host.substr(0, colon)) && is_port(host.substr(colon + 1));
}

}  // namespace pvpp
