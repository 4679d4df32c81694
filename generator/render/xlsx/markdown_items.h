// Markdown prose as plain-text items: one per list item or paragraph, so a card
// section becomes rows that can be filtered in a spreadsheet.
#pragma once
#include <string>
#include <string_view>
#include <vector>

namespace pvpp {

/// The top-level list items and paragraphs of the Markdown as plain text, in order.
std::vector<std::string> markdown_items(std::string_view markdown);

/// The whole Markdown as plain text (emphasis and link targets dropped).
std::string markdown_plain(std::string_view markdown);

}  // namespace pvpp
