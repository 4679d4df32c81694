#include "util/text.h"

#include <algorithm>

namespace pvpp {

std::string_view trim(std::string_view text) {
    const char* ws = " \t\r\n";
    std::size_t b = text.find_first_not_of(ws);
    if (b == std::string_view::npos) { return {}; }
    std::size_t e = text.find_last_not_of(ws);
    return text.substr(b, e - b + 1);
}

std::size_t line_start(std::string_view text, int line) {
    std::size_t offset = 0;
    for (int l = 1; l < line; ++l) {
        std::size_t nl = text.find('\n', offset);
        if (nl == std::string_view::npos) { return text.size(); }
        offset = nl + 1;
    }
    return offset;
}

std::vector<std::string_view> split(std::string_view text, char separator) {
    std::vector<std::string_view> pieces;
    for (std::size_t start = 0;;) {
        std::size_t end = text.find(separator, start);
        pieces.push_back(text.substr(start, end == std::string_view::npos ? std::string_view::npos : end - start));
        if (end == std::string_view::npos) { return pieces; }
        start = end + 1;
    }
}

std::vector<std::string_view> split_lines(std::string_view text) {
    std::vector<std::string_view> lines = split(text, '\n');
    for (auto& line : lines) {
        if (line.ends_with('\r')) { line.remove_suffix(1); }
    }
    return lines;
}

// Optimal string alignment: a swap of two neighbours ("nmae") costs one edit, as typos do.
std::size_t edit_distance(std::string_view a, std::string_view b) {
    std::vector<std::vector<std::size_t>> d(a.size() + 1, std::vector<std::size_t>(b.size() + 1));
    for (std::size_t i = 0; i <= a.size(); ++i) { d[i][0] = i; }
    for (std::size_t j = 0; j <= b.size(); ++j) { d[0][j] = j; }
    for (std::size_t i = 1; i <= a.size(); ++i) {
        for (std::size_t j = 1; j <= b.size(); ++j) {
            std::size_t cost = a[i - 1] == b[j - 1] ? 0 : 1;
            d[i][j] = std::min({d[i - 1][j] + 1, d[i][j - 1] + 1, d[i - 1][j - 1] + cost});
            if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1]) {
                d[i][j] = std::min(d[i][j], d[i - 2][j - 2] + 1);
            }
        }
    }
    return d[a.size()][b.size()];
}

namespace {

std::size_t common_prefix(std::string_view a, std::string_view b) {
    std::size_t n = 0;
    while (n < a.size() && n < b.size() && a[n] == b[n]) { ++n; }
    return n;
}

}  // namespace

std::string nearest(std::string_view word, const std::vector<std::string>& candidates) {
    // A third of the word's length, at least 1 and at most 3, keeps suggestions plausible.
    std::size_t limit = std::clamp<std::size_t>(word.size() / 3, 1, 3);
    std::string best;
    std::size_t best_distance = limit + 1;
    for (const auto& c : candidates) {
        // Lengths further apart than the limit cannot be near; skipping them also keeps a
        // megabyte-long value from costing a megabyte-by-candidate distance table.
        std::size_t gap = word.size() > c.size() ? word.size() - c.size() : c.size() - word.size();
        if (gap > limit) { continue; }
        std::size_t d = edit_distance(word, c);
        // On a tie the longer shared beginning wins: N4-3 is nearer N4-2 than N1-3.
        bool better = d < best_distance ||
                      (d == best_distance && !best.empty() && common_prefix(word, c) > common_prefix(word, best));
        if (better) {
            best_distance = d;
            best = c;
        }
    }
    return best;
}

bool natural_less(std::string_view a, std::string_view b) {
    std::size_t i = 0, j = 0;
    auto digit = [](char c) { return c >= '0' && c <= '9'; };
    while (i < a.size() && j < b.size()) {
        if (digit(a[i]) && digit(b[j])) {
            std::size_t ei = i, ej = j;
            while (ei < a.size() && digit(a[ei])) { ++ei; }
            while (ej < b.size() && digit(b[ej])) { ++ej; }
            std::string_view na = a.substr(i, ei - i), nb = b.substr(j, ej - j);
            if (na.size() != nb.size()) { return na.size() < nb.size(); }
            if (na != nb) { return na < nb; }
            i = ei;
            j = ej;
        } else {
            if (a[i] != b[j]) { return a[i] < b[j]; }
            ++i;
            ++j;
        }
    }
    return a.size() - i < b.size() - j;
}

std::string html_escape(std::string_view text) {
    std::string out;
    out.reserve(text.size());
    for (char c : text) {
        switch (c) {
            case '&': out += "&amp;"; break;
            case '<': out += "&lt;"; break;
            case '>': out += "&gt;"; break;
            case '"': out += "&quot;"; break;
            case '\'': out += "&#39;"; break;
            default: out += c;
        }
    }
    return out;
}

std::string join(const std::vector<std::string>& parts, std::string_view separator) {
    std::string out;
    for (std::size_t i = 0; i < parts.size(); ++i) {
        if (i > 0) { out += separator; }
        out += parts[i];
    }
    return out;
}

std::string capitalized(std::string text) {
    if (!text.empty() && text[0] >= 'a' && text[0] <= 'z') { text[0] = static_cast<char>(text[0] - 'a' + 'A'); }
    return text;
}

}  // namespace pvpp
