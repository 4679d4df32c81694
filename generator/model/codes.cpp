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

// Tries the prefixes longest first at position i; returns the code's length or 0.
std::size_t match_at(std::string_view s, std::size_t i, CodeKind& kind) {
    bool sub = false;
    auto rest = s.substr(i);
    if (rest.starts_with("PU")) {
        std::size_t n = number_pair(s, i + 2, '-', sub);
        kind = CodeKind::task;
        return (n > 0 && sub) ? n + 2 : 0;
    }
    if (rest.starts_with("RV")) {
        std::size_t n = digits(s, i + 2);
        kind = CodeKind::action_line;
        return n > 0 ? n + 2 : 0;
    }
    char p = s[i];
    if (p == 'P') {
        std::size_t n = number_pair(s, i + 1, '.', sub);
        kind = CodeKind::measure;
        return (n > 0 && sub) ? n + 1 : 0;
    }
    if (p == 'N' || p == 'S' || p == 'R') {
        std::size_t n = number_pair(s, i + 1, '-', sub);
        if (n == 0) { return 0; }
        kind = p == 'N' ? (sub ? CodeKind::condition : CodeKind::condition_group)
                        : (p == 'S' ? CodeKind::capability : CodeKind::resource);
        return n + 1;
    }
    return 0;
}

}  // namespace

std::vector<CodeMatch> find_codes(std::string_view text) {
    std::vector<CodeMatch> out;
    std::size_t i = 0;
    while (i < text.size()) {
        CodeKind kind{};
        std::size_t len = word_char_before(text, i) ? 0 : match_at(text, i, kind);
        std::size_t end = i + len;
        if (len > 0 && !word_char_at(text, end)) {
            out.push_back({i, len, kind});
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
        std::size_t run = out.find_first_not_of('`', i) - i;
        std::size_t close = out.find(std::string(run, '`'), i + run);
        if (close == std::string::npos) { break; }
        for (std::size_t k = i + run; k < close; ++k) {
            if (out[k] != '\n') { out[k] = ' '; }
        }
        i = close + run;
    }
    return out;
}

bool classify_code(std::string_view text, CodeKind& kind) {
    auto found = find_codes(text);
    if (found.size() != 1 || found[0].offset != 0 || found[0].length != text.size()) { return false; }
    kind = found[0].kind;
    return true;
}

const char* code_kind_name(CodeKind kind) {
    switch (kind) {
        case CodeKind::task:
            return N_("task");
        case CodeKind::condition:
            return N_("condition");
        case CodeKind::condition_group:
            return N_("condition group");
        case CodeKind::capability:
            return N_("capability");
        case CodeKind::resource:
            return N_("resource");
        case CodeKind::action_line:
            return N_("action line");
        case CodeKind::measure:
            return N_("measure");
    }
    return N_("code");
}

}  // namespace pvpp
