// The Host header a preview request must carry: this machine's own name, nothing that a
// DNS name pointed at 127.0.0.1 (DNS rebinding) or a lenient parser could pass off as it.
#pragma once
#include <string_view>

namespace pvpp {

/// True for exactly `localhost`, `127.0.0.1` or `[::1]` (localhost in any case), each
/// with an optional `:port` of 1 to 5 digits; false for anything else
/// (`localhost:1@evil`, `[::1]evil`, `127.0.0.1:x.evil.com`, an empty header).
bool is_loopback_host(std::string_view host);

}  // namespace pvpp
