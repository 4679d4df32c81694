#include "util/word_diff.h"

#include <dtl/dtl.hpp>

#include "util/words.h"

namespace pvpp {
namespace {

using Tokens = std::vector<std::string>;

// Words and the separators between them, so that the edit script keeps the spacing.
Tokens tokens_of(std::string_view text) {
    Tokens tokens;
    std::size_t pos = 0;
    for (const WordSpan& w : split_words(text)) {
        if (w.offset > pos) { tokens.emplace_back(text.substr(pos, w.offset - pos)); }
        tokens.emplace_back(text.substr(w.offset, w.length));
        pos = w.offset + w.length;
    }
    if (pos < text.size()) { tokens.emplace_back(text.substr(pos)); }
    return tokens;
}

DiffPiece::Op op_of(dtl::edit_t type) {
    if (type == dtl::SES_DELETE) { return DiffPiece::Op::removed; }
    return type == dtl::SES_ADD ? DiffPiece::Op::added : DiffPiece::Op::same;
}

// One piece per token, in the order of dtl's shortest edit script.
std::vector<DiffPiece> edit_script(const Tokens& a, const Tokens& b) {
    dtl::Diff<std::string, Tokens> diff(a, b);
    diff.compose();
    std::vector<DiffPiece> pieces;
    for (const auto& [token, info] : diff.getSes().getSequence()) { pieces.push_back({op_of(info.type), token}); }
    return pieces;
}

bool is_separator(const DiffPiece& p) { return p.op == DiffPiece::Op::same && split_words(p.text).empty(); }

bool is_change(const std::vector<DiffPiece>& pieces, std::size_t i) {
    return i < pieces.size() && pieces[i].op != DiffPiece::Op::same;
}

// Consecutive changes become "removed, then added"; a lone separator between two changes
// is part of both sides, so "a b" → "c d" reads as one replacement, not two.
std::vector<DiffPiece> group(const std::vector<DiffPiece>& tokens) {
    std::vector<DiffPiece> out;
    std::string removed, added;
    auto push = [&](DiffPiece::Op op, const std::string& text) {
        if (text.empty()) { return; }
        if (!out.empty() && out.back().op == op) {
            out.back().text += text;
        } else {
            out.push_back({op, text});
        }
    };
    auto flush = [&] {
        push(DiffPiece::Op::removed, removed);
        push(DiffPiece::Op::added, added);
        removed.clear();
        added.clear();
    };
    for (std::size_t i = 0; i < tokens.size(); ++i) {
        const DiffPiece& t = tokens[i];
        bool joins = is_separator(t) && i > 0 && is_change(tokens, i - 1) && is_change(tokens, i + 1);
        if (t.op == DiffPiece::Op::removed || joins) { removed += t.text; }
        if (t.op == DiffPiece::Op::added || joins) { added += t.text; }
        if (t.op == DiffPiece::Op::same && !joins) {
            flush();
            push(DiffPiece::Op::same, t.text);
        }
    }
    flush();
    return out;
}

std::string head(const std::string& text, const std::vector<WordSpan>& words, std::size_t n) {
    return text.substr(0, words[n - 1].offset + words[n - 1].length);
}

std::string tail(const std::string& text, const std::vector<WordSpan>& words, std::size_t n) {
    return text.substr(words[words.size() - n].offset);
}

}  // namespace

std::vector<DiffPiece> diff_words(std::string_view old_text, std::string_view new_text) {
    return group(edit_script(tokens_of(old_text), tokens_of(new_text)));
}

std::vector<DiffPiece> diff_items(const std::vector<std::string>& old_items,
                                  const std::vector<std::string>& new_items) {
    return edit_script(old_items, new_items);
}

std::vector<DiffPiece> trim_context(std::vector<DiffPiece> pieces, std::size_t context) {
    if (context == 0) { return pieces; }
    for (std::size_t i = 0; i < pieces.size(); ++i) {
        DiffPiece& p = pieces[i];
        if (p.op != DiffPiece::Op::same) { continue; }
        auto words = split_words(p.text);
        bool first = i == 0, last = i + 1 == pieces.size();
        if (first && !last && words.size() > context) {
            p.text = "… " + tail(p.text, words, context);
        } else if (last && !first && words.size() > context) {
            p.text = head(p.text, words, context) + " …";
        } else if (!first && !last && words.size() > 2 * context + 1) {
            p.text = head(p.text, words, context) + " … " + tail(p.text, words, context);
        }
    }
    return pieces;
}

}  // namespace pvpp
