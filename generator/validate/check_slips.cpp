// Slips an editor makes that still build, but not as meant: a code written in the wrong
// case or with a space (no link, not checked), a code fence never closed (the rest of the
// text shows as code), one name for two terms (the text links only one). Warnings, each
// with what was probably meant.
#include <cctype>
#include <map>

#include "model/code_slips.h"
#include "model/record_kinds.h"
#include "model/visit.h"
#include "util/lower_case.h"
#include "validate/checks.h"
#include "util/message.h"

namespace pvpp {
namespace {

void blank(std::string& s, std::size_t from, std::size_t to) {
    for (std::size_t k = from; k < to && k < s.size(); ++k) {
        if (s[k] != '\n') { s[k] = ' '; }
    }
}

// Link destinations and addresses (a word with '/', '#', '@' or '<': "www.varam.gov.lv/lv/s2-kultura",
// "#pu2-1-…") name pages and anchors, whose slugs are lower case: not prose, so not slips.
std::string mask_addresses(std::string s) {
    for (std::size_t at = 0; (at = s.find("](", at)) != std::string::npos;) {
        std::size_t close = s.find(')', at);
        blank(s, at + 2, close);
        at = close == std::string::npos ? s.size() : close;
    }
    std::size_t start = 0;
    for (std::size_t i = 0; i <= s.size(); ++i) {
        if (i < s.size() && !std::isspace(static_cast<unsigned char>(s[i]))) { continue; }
        std::string_view token(s.data() + start, i - start);
        bool address = token.find_first_of("/#@<") != std::string_view::npos;
        if (address) { blank(s, start, i); }
        start = i + 1;
    }
    return s;
}

void check_code_slips(const Text& text, const CorpusIndex& index, Diagnostics& diags) {
    std::string prose = mask_addresses(mask_code(text.markdown));
    for (const auto& slip : find_code_slips(prose)) {
        auto kind = whole_code(slip.code);
        if (!kind || !index.has(kind->kind, slip.code)) { continue; }
        std::string written = text.markdown.substr(slip.offset, slip.length);
        diags.warning(locate_in_text(text, slip.offset),
                      fill(_("'{1}' is not written as a code, so it neither links nor is checked (did you mean {2}?)"),
                           {written, slip.code}));
    }
}

// The fence that opens at a line ("```" or "~~~", up to three spaces in): its characters, or "".
std::string fence_at(std::string_view line) {
    std::size_t indent = line.find_first_not_of(' ');
    if (indent == std::string_view::npos || indent > 3) { return ""; }
    char c = line[indent];
    if (c != '`' && c != '~') { return ""; }
    std::size_t end = line.find_first_not_of(c, indent);
    std::size_t run = (end == std::string_view::npos ? line.size() : end) - indent;
    return run >= 3 ? std::string(run, c) : "";
}

// A fenced code block runs until a fence of the same character at least as long (CommonMark).
void check_fences(const Text& text, Diagnostics& diags) {
    std::string open;
    std::size_t open_at = 0;
    std::string_view md = text.markdown;
    for (std::size_t at = 0; at < md.size();) {
        std::size_t eol = md.find('\n', at);
        std::string_view line = md.substr(at, eol == std::string_view::npos ? md.size() - at : eol - at);
        std::string fence = fence_at(line);
        bool closes = !open.empty() && fence.size() >= open.size() && fence[0] == open[0] &&
                      line.find_last_not_of(" \t") == line.find_first_not_of(' ') + fence.size() - 1;
        if (open.empty() && !fence.empty()) {
            open = fence;
            open_at = at + line.find_first_not_of(' ');
        } else if (closes) {
            open.clear();
        }
        at = eol == std::string_view::npos ? md.size() : eol + 1;
    }
    if (open.empty()) { return; }
    diags.warning(locate_in_text(text, open_at),
                  fill(_("this code block is never closed, so all the text after it shows as code (end it with a "
                         "line {1})"),
                       {open}));
}

// The words of a term that an earlier term already claims, by that term's id, in order.
std::map<std::string, std::string> claimed_words(const Term& t, std::map<std::string, const Term*>& owner) {
    std::map<std::string, std::string> shared;
    std::vector<std::string> words = t.forms;
    words.insert(words.begin(), t.name);
    for (const auto& w : words) {
        if (w.empty()) { continue; }
        auto [it, inserted] = owner.emplace(lower_latvian(w), &t);
        if (inserted || it->second->id == t.id) { continue; }
        std::string& list = shared[it->second->id];
        list += (list.empty() ? "\"" : ", \"") + w + "\"";
    }
    return shared;
}

// Names and word forms link the text to a term: one that two terms claim links only the first.
void check_term_names(const Corpus& corpus, Diagnostics& diags) {
    std::map<std::string, const Term*> owner;
    for (const auto& t : corpus.terms) {
        for (const auto& [other, words] : claimed_words(t, owner)) {
            diags.warning(t.loc, fill(_("term '{1}' has {2} as its name or word forms, as term '{3}' has: the text "
                                        "links them to '{3}' only (rename one, or drop the forms)"),
                                      {t.id, words, other}));
        }
    }
}

}  // namespace

void check_slips(const Corpus& corpus, const CorpusIndex& index, Diagnostics& diags) {
    visit_texts(corpus, [&](const EntityKey&, const Text& text) {
        check_code_slips(text, index, diags);
        check_fences(text, diags);
    });
    check_term_names(corpus, diags);
}

}  // namespace pvpp
