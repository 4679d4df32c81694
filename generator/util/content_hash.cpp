#include "util/content_hash.h"

#include <nettle/base64.h>
#include <nettle/sha2.h>

namespace pvpp {

std::string csp_sha256(std::string_view text) {
    sha256_ctx ctx;
    sha256_init(&ctx);
    sha256_update(&ctx, text.size(), reinterpret_cast<const uint8_t*>(text.data()));
    uint8_t digest[SHA256_DIGEST_SIZE];
    sha256_digest(&ctx, SHA256_DIGEST_SIZE, digest);
    std::string encoded(BASE64_ENCODE_RAW_LENGTH(SHA256_DIGEST_SIZE), '\0');
    base64_encode_raw(encoded.data(), SHA256_DIGEST_SIZE, digest);
    return "sha256-" + encoded;
}

}  // namespace pvpp
