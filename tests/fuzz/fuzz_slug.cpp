// Fuzz target: the slug rules (util/slug), which decide folder names under output/.
// Input: any bytes, as a heading or a slug an editor might write.
#include <cstdint>

#include "fuzz_support.h"
#include "util/lower_case.h"
#include "util/slug.h"
#include "util/utf8.h"

namespace {

using namespace pvpp;

bool slug_char(char c) { return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-'; }

void check_slugify(const std::string& input) {
    std::string slug = slugify(input);
    for (char c : slug) { pvpp::fuzz::require(slug_char(c), "slugify wrote a byte outside [a-z0-9-]", slug); }
    bool edges = slug.empty() || (slug.front() != '-' && slug.back() != '-');
    pvpp::fuzz::require(edges && slug.find("--") == std::string::npos, "slugify left a stray hyphen", slug);
    pvpp::fuzz::require(slugify(slug) == slug, "slugify is not idempotent", slug);
    bool usable = !slug.empty() && slug.size() <= 200 && slug.find('-') != std::string::npos;
    pvpp::fuzz::require(!usable || is_safe_slug(slug), "a slugify result with a hyphen is not a safe slug", slug);
}

// A safe slug is one path segment that names no parent, no hidden file and no device.
void check_safe(const std::string& input) {
    if (!is_safe_slug(input)) { return; }
    for (char c : input) { pvpp::fuzz::require(slug_char(c), "unsafe byte in a safe slug", input); }
    pvpp::fuzz::require(!input.empty() && input.size() <= 200, "safe slug of a bad length", input);
    pvpp::fuzz::require(input != "nul" && input != "con" && input != "aux" && input != "prn", "device name", input);
}

void check_folding(const std::string& input) {
    std::string folded = fold_diacritics(input);
    std::string lower = lower_latvian(input);
    pvpp::fuzz::require(folded.size() <= input.size(), "folding made the text longer", folded);
    if (!first_invalid_utf8(input)) {
        pvpp::fuzz::require(!first_invalid_utf8(folded), "folding broke UTF-8", folded);
        pvpp::fuzz::require(!first_invalid_utf8(lower), "lower-casing broke UTF-8", lower);
        pvpp::fuzz::require(fold_diacritics(folded) == folded, "folding is not idempotent", folded);
    }
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    std::string input(reinterpret_cast<const char*>(data), size);
    check_slugify(input);
    check_safe(input);
    check_folding(input);
    return 0;
}
