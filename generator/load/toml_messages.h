// toml++'s own words ("Error while parsing key-value pair: expected '=' …") are for
// programmers; an editor reads what is wrong and what to write instead.
#pragma once
#include <string>
#include <string_view>

namespace pvpp {

struct EditorMessage {
    std::string text;
    /// The mistake is in the value as a whole (a date, a number, an unclosed text): the caret
    /// goes to where the value starts, not where toml++ stopped reading.
    bool at_value = false;
};

/// toml++'s description of a syntax error in the words of an editor, in the user's language;
/// a description the table does not know keeps toml++'s text in brackets after a general hint.
EditorMessage editor_toml_message(std::string_view description);

/// The column (1-based, in characters) where the value of a `key = value` line starts, or 0.
int value_column(std::string_view line);

}  // namespace pvpp
