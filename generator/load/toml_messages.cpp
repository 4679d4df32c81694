#include "load/toml_messages.h"

#include <array>

#include "util/message.h"
#include "util/utf8.h"

namespace pvpp {
namespace {

struct Rewrite {
    std::string_view toml_says;  // a part of toml++'s description
    const char* editor_reads;    // message id
    bool at_value = false;
};

// The reasons toml++ gives (toml++/impl/parser.inl) that an editor meets when typing.
constexpr std::array k_rewrites{
    Rewrite{"unescaped control characters other than TAB",
            N_("a text in quotes is not closed on its line: end it with \" on the same line, or write a text of "
               "several lines between \"\"\" and \"\"\""),
            true},
    Rewrite{"encountered end-of-file",
            N_("the file ends inside a text, list or table opened above: close it with \", ] or }")},
    Rewrite{"expected day between", N_("there is no such day in that month: check the date"), true},
    Rewrite{"expected month between", N_("there is no such month: check the date (2025-03-31)"), true},
    Rewrite{"Error while parsing date", N_("a date is written as 2025-03-31 (or as \"31.03.2025\" in quotes)"), true},
    Rewrite{"Error while parsing boolean", N_("write true or false without quotes, or put text in quotes"), true},
    Rewrite{"Error while parsing table header",
            N_("a table header is written on a line of its own: [name] or [[name]]")},
    Rewrite{"cannot redefine existing", N_("this key or table is already written above in this file: keep one")},
    Rewrite{"expected bare key starting character",
            N_("a key is expected here: a name of letters, digits, - and _ followed by = and its value")},
    Rewrite{"expected value-terminator",
            N_("the line goes on after the value: write one key = value per line, and text in quotes")},
    Rewrite{"expected a comment or whitespace",
            N_("the line goes on after the value: write one key = value per line, and text in quotes")},
    Rewrite{"expected '='", N_("an = is missing between the key and its value (key = \"value\")")},
    Rewrite{"expected comma or closing ']'",
            N_("a list is not closed or lacks a comma: separate its items with commas and end it with ]")},
    Rewrite{"underscores", N_("a number is written with digits only: put codes and other text in quotes"), true},
    Rewrite{"unknown escape sequence",
            N_("a backslash in text starts an escape: write \\\\ for a backslash, or put the text in '…'")},
    Rewrite{"leading zeroes are prohibited", N_("a number cannot start with 0: write codes and dates in quotes"), true},
    Rewrite{"dangling comma", N_("a comma before } leaves an empty place: remove it")},
    Rewrite{"saw comma", N_("two commas in a row, or a comma where a value is expected: remove it")},
    Rewrite{"maximum nested value depth", N_("lists or tables are nested too deep here")},
};

}  // namespace

EditorMessage editor_toml_message(std::string_view description) {
    for (const Rewrite& r : k_rewrites) {
        if (description.find(r.toml_says) != std::string_view::npos) { return {_(r.editor_reads), r.at_value}; }
    }
    return {fill(_("this line is not valid TOML: check its quotes, brackets and the = between key and value "
                   "(the parser says: {1})"),
                 {std::string(description)}),
            false};
}

int value_column(std::string_view line) {
    std::size_t eq = line.find('=');
    if (eq == std::string_view::npos || line.substr(0, eq).find_first_of("\"'[") != std::string_view::npos) {
        return 0;
    }
    std::size_t start = line.find_first_not_of(" \t", eq + 1);
    if (start == std::string_view::npos) { return 0; }
    return static_cast<int>(count_code_points(line.substr(0, start))) + 1;
}

}  // namespace pvpp
