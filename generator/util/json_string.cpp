// Escaping follows RFC 8259 plus the two rules a script element needs.
#include "util/json_string.h"

namespace pvpp {
namespace {

void append_control(std::string& out, char c) {
    switch (c) {
        case '\n': out += "\\n"; return;
        case '\t': out += "\\t"; return;
        case '\r': out += "\\r"; return;
        case '\b': out += "\\b"; return;
        case '\f': out += "\\f"; return;
        default: break;
    }
    const char* hex = "0123456789abcdef";
    out += "\\u00";
    out += hex[(c >> 4) & 0xF];
    out += hex[c & 0xF];
}

// A character that is written as it is: most of any text, so runs of them are copied whole.
bool plain(std::string_view text, std::size_t i) {
    auto c = static_cast<unsigned char>(text[i]);
    if (c == '"' || c == '\\' || c < 0x20) { return false; }
    if (c == '/') { return i == 0 || text[i - 1] != '<'; }
    return c != 0xE2 || !(text.substr(i, 3) == "\xE2\x80\xA8" || text.substr(i, 3) == "\xE2\x80\xA9");
}

void append_escaped(std::string& out, std::string_view text, std::size_t& i) {
    char c = text[i];
    if (c == '"' || c == '\\') {
        out += '\\';
        out += c;
    } else if (static_cast<unsigned char>(c) < 0x20) {
        append_control(out, c);
    } else if (c == '/') {
        out += "\\/";
    } else {  // U+2028 or U+2029: line ends to JavaScript
        out += text[i + 2] == '\xA8' ? "\\u2028" : "\\u2029";
        i += 2;
    }
}

}  // namespace

std::string json_quote(std::string_view text) {
    std::string out = "\"";
    out.reserve(text.size() + 2);
    std::size_t run = 0;
    for (std::size_t i = 0; i < text.size(); ++i) {
        if (plain(text, i)) { continue; }
        out.append(text.substr(run, i - run));
        append_escaped(out, text, i);
        run = i + 1;
    }
    out.append(text.substr(run));
    return out + "\"";
}

}  // namespace pvpp
