// The value of a basic string differs from its source at each escape ("\n" is two
// characters in the file and one in the value; a line-ending backslash drops the
// white space after it): the walk below records where the two line up again.
#include "load/string_source.h"

#include <charconv>

#include "util/utf8.h"

namespace pvpp {
namespace {

bool is_blank(char c) { return c == ' ' || c == '\t'; }

// A position in the file's lines, walked alongside the string's value.
struct SourceWalk {
    const LoadContext& ctx;
    std::size_t index;  ///< line index in ctx.lines
    std::size_t byte;   ///< byte in that line
    int column;

    bool at_line_end() const { return byte >= ctx.lines[index].size(); }
    char at(std::size_t ahead = 0) const {
        std::string_view line = ctx.lines[index];
        return byte + ahead < line.size() ? line[byte + ahead] : '\0';
    }
    void next_line() {
        ++index;
        byte = 0;
        column = 1;
    }
    bool more() const { return index < ctx.lines.size(); }
    TextShift shift(std::size_t offset) const { return {offset, static_cast<int>(index) + 1, column}; }
};

// Bytes of the value an escape stands for: \uXXXX and \UXXXXXXXX by the code point, others one.
std::size_t escaped_size(std::string_view escape) {
    if (escape.size() < 2 || (escape[1] != 'u' && escape[1] != 'U')) { return 1; }
    unsigned long cp = 0;
    std::from_chars(escape.data() + 2, escape.data() + escape.size(), cp, 16);
    return cp < 0x80 ? 1 : cp < 0x800 ? 2 : cp < 0x10000 ? 3 : 4;
}

// Skips a line-ending backslash and the blanks and line breaks after it.
void skip_line_ending(SourceWalk& walk) {
    ++walk.byte;
    while (walk.more()) {
        while (is_blank(walk.at())) { ++walk.byte, ++walk.column; }
        if (!walk.at_line_end()) { return; }
        walk.next_line();
    }
}

// Walks a basic string's source from its first character until value_size bytes of value are passed.
std::vector<TextShift> escape_shifts(SourceWalk walk, std::size_t value_size) {
    std::vector<TextShift> shifts;
    for (std::size_t offset = 0; offset < value_size && walk.more();) {
        if (walk.at_line_end()) {
            walk.next_line();
            ++offset;  // the line break, one '\n' in the value
        } else if (walk.at() == '\\') {
            bool line_ending = walk.at(1) == '\0' || is_blank(walk.at(1));
            std::size_t length = walk.at(1) == 'u' ? 6 : walk.at(1) == 'U' ? 10 : 2;
            if (line_ending) {
                skip_line_ending(walk);
            } else {
                offset += escaped_size(std::string_view(walk.ctx.lines[walk.index]).substr(walk.byte, length));
                walk.byte += length;
                walk.column += static_cast<int>(length);
            }
            shifts.push_back(walk.shift(offset));
        } else {
            std::size_t start = walk.byte;
            next_code_point(walk.ctx.lines[walk.index], walk.byte);
            offset += walk.byte - start;
            ++walk.column;
        }
    }
    return shifts;
}

}  // namespace

// toml++ points at the opening quote, on the file's line (ctx.lines are the whole file's, also
// for a page's front matter); the text starts after the delimiter, and a multi-line string
// drops the newline that directly follows its opening.
Text string_text(const LoadContext& ctx, const SourceLoc& opening, std::string value) {
    Text text;
    text.markdown = std::move(value);
    text.loc = opening;
    int index = opening.line - 1;
    if (index < 0 || index >= static_cast<int>(ctx.lines.size())) { return text; }
    std::string_view line = ctx.lines[index];
    std::size_t byte = 0;
    for (int col = 1; col < opening.column && byte < line.size(); ++col) { next_code_point(line, byte); }
    std::string_view rest = line.substr(byte);
    bool multi = rest.starts_with("\"\"\"") || rest.starts_with("'''");
    SourceWalk walk{ctx, static_cast<std::size_t>(index), byte + (multi ? 3 : 1), opening.column + (multi ? 3 : 1)};
    if (multi && rest.size() == 3) { walk.next_line(); }
    text.loc = opening.at(static_cast<int>(walk.index) + 1, walk.column);
    if (rest.starts_with("\"") && walk.more()) { text.shifts = escape_shifts(walk, text.markdown.size()); }
    return text;
}

}  // namespace pvpp
