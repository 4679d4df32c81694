// A hand-written scanner: faster than <regex> and exact about boundaries.
#include "model/codes.h"

#include "util/message.h"
#include "util/utf8.h"

namespace pvpp {
namespace {

bool is_digit(char c) { return c >= '0' && c <= '9'; }

// Letters of the Latin, Greek and Cyrillic blocks count as word characters;
// dashes, quotes and arrows ("RV2.–P2.2.", "“N4-1”") do not.
bool is_word_code_point(char32_t cp) {
    if (cp < 0x80) {
        return (cp >= '0' && cp <= '9') || (cp >= 'a' && cp <= 'z') || (cp >= 'A' && cp <= 'Z');
    }
    return (cp >= 0xC0 && cp <= 0x24F && cp != 0xD7 && cp != 0xF7) || (cp >= 0x370 && cp <= 0x52F);
}

bool word_char_before(std::string_view s, std::size_t i) {
    if (i == 0) { return false; }
    std::size_t start = i - 1;
    while (start > 0 && (static_cast<unsigned char>(s[start]) & 0xC0) == 0x80) { --start; }
    return is_word_code_point(next_code_point(s, start));
}

bool word_char_at(std::string_view s, std::size_t i) {
    return i < s.size() && is_word_code_point(next_code_point(s, i));
}

std::size_t digits(std::string_view s, std::size_t i) {
    std::size_t n = 0;
    while (i + n < s.size() && is_digit(s[i + n]) && n < 3) { ++n; }
    return n;
}

// Length of "<digits>" or "<digits><sep><digits>" at i; sub says whether the second part matched.
std::size_t number_pair(std::string_view s, std::size_t i, char sep, bool& sub) {
    std::size_t a = digits(s, i);
    sub = false;
    if (a == 0) { return 0; }
    if (i + a + 1 < s.size() && s[i + a] == sep) {
        std::size_t b = digits(s, i + a + 1);
        if (b > 0) {
            sub = true;
            return a + 1 + b;
        }
    }
    return a;
}

// The length of the code pattern p matches at position i, or 0.
std::size_t match_at(std::string_view s, std::size_t i, const CodePattern& p) {
    if (!s.substr(i).starts_with(p.prefix)) { return 0; }
    std::size_t at = i + p.prefix.size();
    if (p.sub == CodePattern::Sub::none) { return digits(s, at) > 0 ? p.prefix.size() + digits(s, at) : 0; }
    bool sub = false;
    std::size_t n = number_pair(s, at, p.sep, sub);
    bool ok = n > 0 && (sub || p.sub == CodePattern::Sub::optional);
    return ok ? p.prefix.size() + n : 0;
}

// The longest match of any pattern at i: its length, and the pattern in `which`.
std::size_t longest_at(std::string_view s, std::size_t i, const std::vector<CodePattern>& patterns, std::size_t& which) {
    std::size_t best = 0;
    for (std::size_t p = 0; p < patterns.size(); ++p) {
        if (std::size_t n = match_at(s, i, patterns[p]); n > best) {
            best = n;
            which = p;
        }
    }
    return best;
}

}  // namespace

std::vector<CodeMatch> find_codes(std::string_view text, const std::vector<CodePattern>& patterns) {
    std::vector<CodeMatch> out;
    std::size_t i = 0;
    while (i < text.size()) {
        std::size_t which = 0;
        std::size_t len = word_char_before(text, i) ? 0 : longest_at(text, i, patterns, which);
        std::size_t end = i + len;
        if (len > 0 && !word_char_at(text, end)) {
            out.push_back({i, len, which});
            i = end;
        } else {
            ++i;
        }
    }
    return out;
}

namespace {

// Blanks from i to the end of the fence's closing line; returns the position after it.
std::size_t blank_fenced_block(std::string& out, std::size_t i, std::string_view fence) {
    std::size_t close = out.find("\n" + std::string(fence), i + fence.size());
    std::size_t end = close == std::string::npos ? out.size() : out.find('\n', close + 1 + fence.size());
    if (end == std::string::npos) { end = out.size(); }
    for (std::size_t k = i; k < end; ++k) {
        if (out[k] != '\n') { out[k] = ' '; }
    }
    return end;
}

bool at_line_start(const std::string& s, std::size_t i) { return i == 0 || s[i - 1] == '\n'; }

}  // namespace

std::string mask_code(std::string_view markdown) {
    std::string out(markdown);
    std::size_t i = 0;
    while (i < out.size()) {
        if (at_line_start(out, i) && (out.compare(i, 3, "```") == 0 || out.compare(i, 3, "~~~") == 0)) {
            i = blank_fenced_block(out, i, out.substr(i, 3));
            continue;
        }
        if (out[i] != '`') {
            ++i;
            continue;
        }
        std::size_t end = out.find_first_not_of('`', i);
        if (end == std::string::npos) { break; }  // backticks that end the text open no span
        std::size_t run = end - i;
        std::size_t close = out.find(std::string(run, '`'), i + run);
        if (close == std::string::npos) { break; }
        for (std::size_t k = i + run; k < close; ++k) {
            if (out[k] != '\n') { out[k] = ' '; }
        }
        i = close + run;
    }
    return out;
}

}  // namespace pvpp
