// The scanner follows toml++'s reading closely enough to know, for every character,
// whether toml++ reads it as string or comment text (safe) or as part of a key, a
// value or the punctuation around them (where it may ask its whitespace table).
#include "load/toml_guard.h"

#include <cstdio>

#include "util/message.h"
#include "util/utf8.h"

namespace pvpp {
namespace {

bool is_ascii(char c) { return static_cast<unsigned char>(c) < 0x80; }
bool is_blank(char c) { return c == ' ' || c == '\t'; }
bool is_line_break(char c) { return c == '\n' || c == '\r'; }
bool is_quote(char c) { return c == '"' || c == '\''; }
bool is_bare(char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_' || c == '-';
}

// What ends an unquoted key or value: a line break and the punctuation around keys, values and tables.
bool ends_bare_text(char c) {
    return is_line_break(c) || std::string_view("=,[]{}#\"'").find(c) != std::string_view::npos;
}

// Quotes a word processor puts in for " and ' (the Latvian „…“ among them).
bool is_typographic_quote(char32_t cp) {
    return cp == 0x201C || cp == 0x201D || cp == 0x201E || cp == 0x201F || cp == 0x2018 || cp == 0x2019 ||
           cp == 0x201A || cp == 0x00AB || cp == 0x00BB;
}

// Spaces that look like a space or like nothing: no-break, typographic widths, zero width, a BOM mid-file.
bool is_invisible_space(char32_t cp) {
    return cp == 0x00A0 || (cp >= 0x2000 && cp <= 0x200D) || cp == 0x202F || cp == 0x205F || cp == 0x2060 ||
           cp == 0x3000 || cp == 0xFEFF;
}

// Long text cut to 60 bytes (at a character's start) for a message.
std::string shortened(std::string_view text) {
    if (text.size() <= 60) { return std::string(text); }
    std::size_t cut = 60;
    while ((static_cast<unsigned char>(text[cut]) & 0xC0) == 0x80) { --cut; }
    return std::string(text.substr(0, cut)) + "…";
}

// What ends a value toml++ reads to its end (its is_value_terminator, for ASCII).
bool ends_value(char c) { return is_blank(c) || std::string_view("\n\r]},#").find(c) != std::string_view::npos; }

enum class Where { code, comment, basic, multi_basic, literal, multi_literal };

// Walks the text once, copying it, and stops at the first character toml++ must not see.
class Scanner {
public:
    explicit Scanner(std::string_view text) : m_text(text) {}

    GuardedToml run() {
        while (m_pos < m_text.size() && m_result.error.empty() && !m_done) { step(); }
        if (m_result.error.empty()) { m_result.text.append(m_text.substr(m_pos)); }
        m_result.read_to_end = m_result.error.empty() && !m_done;
        return std::move(m_result);
    }

private:
    char at(std::size_t offset = 0) const { return m_pos + offset < m_text.size() ? m_text[m_pos + offset] : '\0'; }
    char before() const { return m_pos > 0 ? m_text[m_pos - 1] : '\n'; }

    // Copies one code point, keeping line and column.
    void copy() {
        std::size_t start = m_pos;
        next_code_point(m_text, m_pos);
        m_result.text.append(m_text.substr(start, m_pos - start));
        if (m_text[start] == '\n') {
            ++m_line;
            m_column = 1;
        } else {
            ++m_column;
        }
    }

    void fail(const std::string& message) {
        m_result.error = message;
        m_result.line = m_line;
        m_result.column = m_column;
    }

    // Reported at the start of the unquoted key or value that holds the character, quoting it.
    void fail_unquoted() {
        std::size_t start = m_pos;
        while (start > 0 && !ends_bare_text(m_text[start - 1])) { --start; }
        while (is_blank(m_text[start])) { ++start; }
        std::size_t end = m_pos;
        while (end < m_text.size() && !ends_bare_text(m_text[end])) { ++end; }
        while (is_blank(m_text[end - 1])) { --end; }
        m_column -= static_cast<int>(count_code_points(m_text.substr(start, m_pos - start)));
        fail(fill(_("unquoted text '{1}' (text in TOML needs quotes: \"{1}\")"),
                  {shortened(m_text.substr(start, end - start))}));
    }

    // Word processors and web pages bring in characters an editor cannot tell from the ones TOML
    // wants: curly quotes for straight ones, a no-break space for a space. Each is named as what it is.
    void fail_non_ascii() {
        std::size_t end = m_pos;
        char32_t cp = next_code_point(m_text, end);
        if (is_typographic_quote(cp)) {
            return fail(fill(_("'{1}' is a typographic quote: text in TOML is written in straight quotes (\"…\")"),
                             {current_character()}));
        }
        if (is_invisible_space(cp)) {
            char code[8];
            std::snprintf(code, sizeof code, "%04X", static_cast<unsigned>(cp));
            return fail(fill(_("an invisible character (U+{1}) where TOML allows only an ordinary space: delete it "
                               "or type an ordinary space"),
                             {code}));
        }
        fail_unquoted();
    }

    // A value toml++ reads to its end (+["ā"], 1"ā"): reported whole, at its first character.
    void unquoted_value() {
        std::size_t start = m_pos;
        int column = m_column;
        if (copy_to_value_end()) { return; }
        std::size_t end = m_text.find_first_of("\r\n", m_pos);  // quoted as written, to the line's end
        end = m_text.find_last_not_of(" \t", end == std::string_view::npos ? end : end - 1) + 1;
        m_column = column;
        fail(
            fill(_("'{1}' is not a value TOML can read: a text is written in quotes (\"…\"), a list in brackets ([…])"),
                 {shortened(m_text.substr(start, end - start))}));
    }

    std::string current_character() const {
        std::size_t end = m_pos;
        next_code_point(m_text, end);
        return std::string(m_text.substr(m_pos, end - m_pos));
    }

    std::size_t quote_run(char quote) const {
        std::size_t n = 0;
        while (at(n) == quote) { ++n; }
        return n;
    }

    void step() {
        switch (m_where) {
            case Where::code: return step_code();
            case Where::comment: return step_comment();
            case Where::basic: return step_single('"');
            case Where::literal: return step_single('\'');
            case Where::multi_basic: return step_multi('"');
            case Where::multi_literal: return step_multi('\'');
        }
    }

    void step_code() {
        char c = at();
        if (!is_ascii(c)) { return fail_non_ascii(); }
        if (c == '[' && m_open.empty() && !m_header && m_last == '\n') { return table_header(); }
        if (is_quote(c)) { return quote_in_code(c); }
        if (starts_unquoted_value(c)) {
            m_last = c;
            return unquoted_value();
        }
        if (c == '#') { m_where = Where::comment; }
        follow_structure(c);
        copy();
    }

    // A value that is no string, list or table (a number, a date, a sign): toml++ reads it on to
    // its end whatever it holds, brackets and quotes too (+["ā"]).
    bool starts_unquoted_value(char c) const {
        return m_in_value && std::string_view("=[,\n").find(m_last) != std::string_view::npos && !ends_value(c) &&
               c != '[' && c != '{';
    }

    // Keeps track of where a key or a value comes next: arrays and inline tables nest.
    void follow_structure(char c) {
        if (c == '\n') {
            if (m_open.empty()) { m_in_value = false; }
            m_header = false;
        } else if (c == '=') {
            m_in_value = true;
        } else if (c == '[' || c == '{') {
            m_open.push_back(c);
            m_in_value = c == '[';
        } else if (c == ']' && m_header) {
            m_header = false;
        } else if ((c == ']' || c == '}') && !m_open.empty()) {
            m_open.pop_back();
        } else if (c == ',' && !m_open.empty()) {
            m_in_value = m_open.back() == '[';
        }
        if (!is_blank(c) && c != '\r') { m_last = c; }
    }

    // A quote opens a string where a key or a value starts. Glued to unquoted text it is part of
    // that text, which toml++ reads on (1"ā"); anywhere else toml++ stops at it with an error.
    void quote_in_code(char quote) {
        bool starts = std::string_view("\n=[{,").find(m_last) != std::string_view::npos;
        if (starts || (m_last == '.' && !m_in_value)) {
            return open_string(quote);
        }
        if (!is_blank(before()) && (is_bare(before()) || before() == '.' || before() == '+' || before() == ':')) {
            m_last = quote;
            return glued_text();
        }
        m_done = true;
    }

    void glued_text() {
        if (!copy_to_value_end()) { fail_unquoted(); }
    }

    // toml++ reads such text on to a value's end (a blank, a line break, ']', '}', ',' or '#'),
    // quotes and brackets and all, asking its white-space table of every character: copies it
    // to there, false at the first character that is not ASCII.
    bool copy_to_value_end() {
        while (m_pos < m_text.size() && !ends_value(at())) {
            if (!is_ascii(at())) { return false; }
            copy();
        }
        return true;
    }

    // A string opens with one quote or three; the run of quotes is copied.
    void open_string(char quote) {
        std::size_t run = quote_run(quote);
        bool basic = quote == '"';
        m_where = run >= 3 ? (basic ? Where::multi_basic : Where::multi_literal) : (basic ? Where::basic : Where::literal);
        std::size_t opening = run >= 3 ? 3 : (run == 2 ? 2 : 1);
        for (std::size_t i = 0; i < opening; ++i) { copy(); }
        m_string_start = m_pos;
        if (run == 2) { close_string(quote); }  // "" or '': an empty string
    }

    void close_string(char quote) {
        m_where = Where::code;
        m_last = quote;
    }

    // toml++ asserts (undefined behaviour where asserts are off) that a table name follows "[" or "[[".
    void table_header() {
        copy();
        if (at() == '[') { copy(); }
        while (is_blank(at())) { copy(); }
        char c = at();
        if (m_pos < m_text.size() && !is_bare(c) && !is_quote(c) && c != ']' && is_ascii(c)) {
            return fail(_("a table name is expected after '['"));
        }
        m_header = true;
        m_in_value = false;
        m_last = '[';
    }

    void step_comment() {
        if (at() == '\n') {
            m_where = Where::code;
            follow_structure('\n');
        }
        copy();
    }

    // A single-line string; at its line's end toml++ stops with an error of its own.
    void step_single(char quote) {
        char c = at();
        if (c == '\n') { return unclosed_string(); }
        if (c == quote) { close_string(quote); }
        if (c == '\\' && quote == '"') {
            copy();
            if (m_pos >= m_text.size() || at() == '\n') { return; }
        }
        copy();
    }

    // A string still open at its line's end: when the line ends with its only curly quote, that is
    // the quote the editor meant to close it with, and it is named; otherwise toml++ reports it
    // (a curly quote that closes a quoted phrase, „jā“, is text).
    void unclosed_string() {
        std::size_t end = m_pos;
        while (is_blank(m_text[end - 1]) || m_text[end - 1] == '\r') { --end; }
        std::size_t start = end - 1;
        while ((static_cast<unsigned char>(m_text[start]) & 0xC0) == 0x80) { --start; }
        if (typographic_quotes(m_string_start, end) != 1 || typographic_quotes(start, end) != 1) {
            m_done = true;
            return;
        }
        m_column -= static_cast<int>(count_code_points(m_text.substr(start, m_pos - start)));
        m_pos = start;
        fail_non_ascii();
    }

    std::size_t typographic_quotes(std::size_t from, std::size_t to) const {
        std::size_t n = 0;
        while (from < to) { n += is_typographic_quote(next_code_point(m_text, from)) ? 1 : 0; }
        return n;
    }

    void step_multi(char quote) {
        if (at() == quote && quote_run(quote) >= 3) {
            for (std::size_t n = quote_run(quote); n > 0; --n) { copy(); }
            close_string(quote);
            return;
        }
        if (at() == '\\' && quote == '"') { return escape_in_multi(); }
        copy();
    }

    // A backslash in a multi-line basic string: toml++ tests what follows for white space.
    void escape_in_multi() {
        copy();
        if (!is_ascii(at())) {
            return fail(fill(_("invalid escape sequence '\\{1}': write \\\\ for a backslash"), {current_character()}));
        }
        if (!is_blank(at()) && !is_line_break(at())) {
            copy();  // an ordinary escape: \n, \", \\, \u…
            return;
        }
        while (is_blank(at())) { copy(); }
        if (!is_ascii(at())) { return fail(_("a line-ending backslash must be the last character on its line")); }
        if (!is_line_break(at())) {
            m_done = true;  // toml++ reports this one itself
            return;
        }
        while (is_blank(at()) || is_line_break(at())) { copy(); }
        if (m_pos < m_text.size() && !is_ascii(at())) { write_as_escape(); }
    }

    // The first character after a line-ending backslash, as \uXXXX or \UXXXXXXXX.
    void write_as_escape() {
        char32_t cp = next_code_point(m_text, m_pos);
        char escape[16];
        std::snprintf(escape, sizeof escape, cp <= 0xFFFF ? "\\u%04X" : "\\U%08X", static_cast<unsigned>(cp));
        m_result.text += escape;
        ++m_column;
    }

    std::string_view m_text;
    std::size_t m_pos = 0;
    int m_line = 1;
    int m_column = 1;
    Where m_where = Where::code;
    std::string m_open;        ///< open arrays '[' and inline tables '{', innermost last
    bool m_header = false;     ///< inside a [table] or [[array]] header
    bool m_in_value = false;   ///< a value comes next (else a key)
    char m_last = '\n';        ///< the last character outside strings, not a blank ('\n' at a line start)
    bool m_done = false;
    std::size_t m_string_start = 0;  ///< where the open string's text begins
    GuardedToml m_result;
};

}  // namespace

GuardedToml guard_toml(std::string_view text) { return Scanner(text).run(); }

}  // namespace pvpp
