// Tags become spaces rather than nothing: block elements separate words, and a
// stray space inside an inline element costs a search nothing.
#include "util/html_text.h"

#include <array>
#include <charconv>
#include <utility>

#include "util/utf8.h"

namespace pvpp {
namespace {

constexpr std::array<std::pair<std::string_view, std::string_view>, 6> k_named = {{
    {"amp", "&"}, {"lt", "<"}, {"gt", ">"}, {"quot", "\""}, {"apos", "'"}, {"nbsp", " "},
}};

bool is_tag_start(std::string_view html, std::size_t pos) {
    if (pos + 1 >= html.size()) { return false; }
    char c = html[pos + 1];
    return c == '/' || c == '!' || c == '?' || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
}

// The text of a numeric reference body ("#233", "#xE9"), or nothing when it is not one.
bool decode_numeric(std::string_view body, std::string& out) {
    if (body.size() < 2 || body[0] != '#') { return false; }
    bool hex = body[1] == 'x' || body[1] == 'X';
    std::string_view digits = body.substr(hex ? 2 : 1);
    unsigned long cp = 0;
    auto [end, ec] = std::from_chars(digits.data(), digits.data() + digits.size(), cp, hex ? 16 : 10);
    bool valid = ec == std::errc{} && end == digits.data() + digits.size() && !digits.empty() &&
                 cp > 0 && cp <= 0x10FFFF && !(cp >= 0xD800 && cp <= 0xDFFF);
    if (valid) { append_utf8(out, static_cast<char32_t>(cp)); }
    return valid;
}

// Decodes the entity at html[pos] ('&') into out; returns the position after it, or
// pos + 1 with a literal '&' when it is not an entity we know.
std::size_t decode_entity(std::string_view html, std::size_t pos, std::string& out) {
    std::size_t semi = html.find(';', pos);
    if (semi != std::string_view::npos && semi - pos <= 10) {
        std::string_view body = html.substr(pos + 1, semi - pos - 1);
        for (const auto& [name, text] : k_named) {
            if (body == name) {
                out += text;
                return semi + 1;
            }
        }
        if (decode_numeric(body, out)) { return semi + 1; }
    }
    out += '&';
    return pos + 1;
}

}  // namespace

std::string collapse_spaces(std::string_view text) {
    std::string out;
    out.reserve(text.size());
    for (char c : text) {
        bool space = c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f';
        if (!space) {
            out += c;
        } else if (!out.empty() && out.back() != ' ') {
            out += ' ';
        }
    }
    if (!out.empty() && out.back() == ' ') { out.pop_back(); }
    return out;
}

std::string html_to_text(std::string_view html) {
    std::string text;
    text.reserve(html.size());
    std::size_t pos = 0;
    while (pos < html.size()) {
        if (html[pos] == '<' && is_tag_start(html, pos)) {
            std::size_t close = html.find('>', pos);
            pos = close == std::string_view::npos ? html.size() : close + 1;
            text += ' ';
        } else if (html[pos] == '&') {
            pos = decode_entity(html, pos, text);
        } else {
            text += html[pos++];
        }
    }
    return collapse_spaces(text);
}

}  // namespace pvpp
