// A strict JSON recogniser (RFC 8259) for the search index's invariant: small,
// so that the check itself is easy to trust. Strings must also be valid UTF-8.
#include "fuzz_support.h"

#include "util/utf8.h"

namespace pvpp::fuzz {
namespace {

class JsonReader {
public:
    explicit JsonReader(std::string_view text) : m_text(text) {}

    bool document() {
        if (!value(0)) { return false; }
        space();
        return m_pos == m_text.size();
    }

private:
    char peek() const { return m_pos < m_text.size() ? m_text[m_pos] : '\0'; }
    bool eat(char c) {
        space();
        if (peek() != c) { return false; }
        ++m_pos;
        return true;
    }
    void space() {
        while (peek() == ' ' || peek() == '\n' || peek() == '\r' || peek() == '\t') { ++m_pos; }
    }
    bool literal(std::string_view word) {
        if (m_text.substr(m_pos, word.size()) != word) { return false; }
        m_pos += word.size();
        return true;
    }

    bool value(int depth) {
        space();
        if (depth > 100) { return false; }
        switch (peek()) {
            case '{': return sequence('}', depth, true);
            case '[': return sequence(']', depth, false);
            case '"': return string();
            case 't': return literal("true");
            case 'f': return literal("false");
            case 'n': return literal("null");
            default: return number();
        }
    }

    // An object or array: the opening bracket is at m_pos.
    bool sequence(char close, int depth, bool keyed) {
        ++m_pos;
        if (eat(close)) { return true; }
        do {
            if (keyed) {
                space();
                if (!string() || !eat(':')) { return false; }
            }
            if (!value(depth + 1)) { return false; }
        } while (eat(','));
        return eat(close);
    }

    bool string() {
        if (peek() != '"') { return false; }
        std::size_t start = ++m_pos;
        while (m_pos < m_text.size() && m_text[m_pos] != '"') {
            auto c = static_cast<unsigned char>(m_text[m_pos]);
            if (c < 0x20) { return false; }
            if (c == '\\' && !escape()) { return false; }
            if (c != '\\') { ++m_pos; }
        }
        if (m_pos >= m_text.size() || first_invalid_utf8(m_text.substr(start, m_pos - start))) { return false; }
        ++m_pos;
        return true;
    }

    // A backslash escape at m_pos: one of "\/bfnrt or u and four hex digits.
    bool escape() {
        char c = m_pos + 1 < m_text.size() ? m_text[m_pos + 1] : '\0';
        if (std::string_view("\"\\/bfnrt").find(c) != std::string_view::npos) {
            m_pos += 2;
            return true;
        }
        if (c != 'u' || m_pos + 6 > m_text.size()) { return false; }
        for (std::size_t k = 2; k < 6; ++k) {
            if (std::string_view("0123456789abcdefABCDEF").find(m_text[m_pos + k]) == std::string_view::npos) { return false; }
        }
        m_pos += 6;
        return true;
    }

    bool digits() {
        std::size_t start = m_pos;
        while (peek() >= '0' && peek() <= '9') { ++m_pos; }
        return m_pos > start;
    }

    bool number() {
        if (peek() == '-') { ++m_pos; }
        if (peek() == '0') {
            ++m_pos;
        } else if (!digits()) {
            return false;
        }
        if (peek() == '.' && (++m_pos, !digits())) { return false; }
        if (peek() == 'e' || peek() == 'E') {
            ++m_pos;
            if (peek() == '+' || peek() == '-') { ++m_pos; }
            return digits();
        }
        return true;
    }

    std::string_view m_text;
    std::size_t m_pos = 0;
};

}  // namespace

bool is_json(std::string_view text) { return JsonReader(text).document(); }

}  // namespace pvpp::fuzz
