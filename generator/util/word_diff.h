// Word-level differences between two texts and item-level ones between two lists.
// Debian's dtl computes the edit script; this file only cuts texts into tokens
// and groups the script into runs a reader can follow.
#pragma once
#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

namespace pvpp {

/// A run of a difference: text both sides share, or text only one side has.
struct DiffPiece {
    enum class Op { same, removed, added };
    Op op = Op::same;
    std::string text;
    bool operator==(const DiffPiece&) const = default;
};

/// Word by word: each changed stretch becomes one removed run followed by one
/// added run; a separator (space, punctuation) between two changes joins them.
std::vector<DiffPiece> diff_words(std::string_view old_text, std::string_view new_text);

/// Item by item, one piece per item, in the order of the new list with the
/// removed items where they stood.
std::vector<DiffPiece> diff_items(const std::vector<std::string>& old_items,
                                  const std::vector<std::string>& new_items);

/// Cuts unchanged runs down to `context` words next to each change, with "…"
/// where words were left out, so a one-word change in a long page stays readable.
std::vector<DiffPiece> trim_context(std::vector<DiffPiece> pieces, std::size_t context);

}  // namespace pvpp
