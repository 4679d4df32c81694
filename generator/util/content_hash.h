// Hashes in the form a Content-Security-Policy names an inline element by.
#pragma once
#include <string>
#include <string_view>

namespace pvpp {

/// "sha256-" and the base64 of the SHA-256 of text (nettle): the source expression
/// that lets exactly this inline <style> or <script> content run under a policy.
std::string csp_sha256(std::string_view text);

}  // namespace pvpp
