#include "compare/change_summary.h"

#include <algorithm>
#include <array>

#include "util/html_text.h"
#include "util/text.h"
#include "util/word_diff.h"
#include "util/words.h"

namespace pvpp {
namespace {

constexpr std::size_t k_context_words = 6;

// A value as the terminal shows it: quoted when it has spaces, "(nav)" when empty.
std::string shown(const std::string& value) {
    if (value.empty()) { return "(nav)"; }
    return value.find(' ') == std::string::npos ? value : "\"" + value + "\"";
}

// git's --word-diff notation: [-removed-]{+added+}.
std::string marked(const std::vector<DiffPiece>& pieces, bool changes_only) {
    std::vector<std::string> parts;
    for (const auto& p : pieces) {
        if (p.op == DiffPiece::Op::same && !changes_only) { parts.push_back(p.text); }
        if (p.op == DiffPiece::Op::removed) { parts.push_back("[-" + p.text + "-]"); }
        if (p.op == DiffPiece::Op::added) { parts.push_back("{+" + p.text + "+}"); }
    }
    return collapse_spaces(join(parts, changes_only ? " " : ""));
}

// A rewritten page would fill the screen: past this length the line gives word counts only.
constexpr std::size_t k_longest_text = 400;

std::string word_counts(const std::vector<DiffPiece>& pieces) {
    std::size_t removed = 0, added = 0;
    for (const auto& p : pieces) {
        std::size_t words = split_words(p.text).size();
        if (p.op == DiffPiece::Op::removed) { removed += words; }
        if (p.op == DiffPiece::Op::added) { added += words; }
    }
    return "vārdu izmaiņas: −" + std::to_string(removed) + ", +" + std::to_string(added) + " (sk. pārskatu)";
}

std::string text_value(const FieldChange& f) {
    auto pieces = diff_words(f.old_value, f.new_value);
    std::string line = marked(trim_context(pieces, k_context_words), false);
    return line.size() <= k_longest_text ? line : word_counts(pieces);
}

std::string field_value(const FieldChange& f) {
    if (f.type == FieldType::list) { return marked(diff_items(f.old_items, f.new_items), true); }
    if (f.type == FieldType::text) { return text_value(f); }
    return shown(f.old_value) + " → " + shown(f.new_value);
}

std::string subject(const Change& c) { return std::string(kind_names(c.kind).singular) + " " + c.code; }

void change_lines(const Change& c, std::vector<std::string>& out) {
    if (c.type == ChangeType::added || c.type == ChangeType::removed) {
        out.push_back(change_verb(c.type, c.kind) + " " + subject(c) + (c.name.empty() ? "" : " \"" + c.name + "\""));
        return;
    }
    if (c.type == ChangeType::recoded) {
        out.push_back("mainīts kods: " + std::string(kind_names(c.kind).singular) + " " + c.old_code + " → " + c.code +
                      " \"" + c.name + "\"");
    }
    if (c.name != c.old_name) {
        out.push_back(change_verb(ChangeType::renamed, c.kind) + " " + subject(c) + ": \"" + c.old_name + "\" → \"" +
                      c.name + "\"");
    }
    for (const auto& f : c.fields) {
        out.push_back(change_verb(ChangeType::changed, c.kind) + " " + subject(c) + " – " + f.label + ": " + field_value(f));
    }
}

const char* count_label(ChangeType type) {
    static const std::array<const char*, 5> k_labels = {"pievienoti", "izņemti", "ar jaunu kodu", "pārdēvēti", "mainīti"};
    return k_labels[static_cast<std::size_t>(type)];
}

// "  uzdevumi: pārdēvēti 1, mainīti 2" for each kind that has changes.
std::vector<std::string> count_lines(const std::vector<Change>& changes) {
    std::vector<std::string> out;
    for (std::size_t i = 0; i < changes.size();) {
        RecordKind kind = changes[i].kind;
        std::array<int, 5> counts{};
        for (; i < changes.size() && changes[i].kind == kind; ++i) { ++counts[static_cast<std::size_t>(changes[i].type)]; }
        std::vector<std::string> parts;
        for (std::size_t t = 0; t < counts.size(); ++t) {
            if (counts[t] > 0) { parts.push_back(std::string(count_label(ChangeType(t))) + " " + std::to_string(counts[t])); }
        }
        out.push_back("  " + std::string(kind_names(kind).plural) + ": " + join(parts, ", "));
    }
    return out;
}

bool marks_words(const Change& c) {
    bool whole = c.type == ChangeType::added || c.type == ChangeType::removed;
    return !whole && std::any_of(c.fields.begin(), c.fields.end(),
                                 [](const FieldChange& f) { return f.type != FieldType::scalar; });
}

}  // namespace

std::string change_verb(ChangeType type, RecordKind kind) {
    static const std::array<const char*, 5> k_stems = {"pievienot", "izņemt", "mainīt", "pārdēvēt", "mainīt"};
    return std::string(k_stems[static_cast<std::size_t>(type)]) + (kind_names(kind).feminine ? "a" : "s");
}

std::vector<std::string> summary_lines(const ChangeSet& set) {
    if (set.empty()) { return {"Izmaiņu nav."}; }
    std::vector<std::string> out = {"Izmaiņas (" + std::to_string(set.changes.size()) + "):"};
    for (auto& line : count_lines(set.changes)) { out.push_back(std::move(line)); }
    out.emplace_back();
    for (const auto& c : set.changes) { change_lines(c, out); }
    if (std::any_of(set.changes.begin(), set.changes.end(), marks_words)) {
        out.emplace_back("([-…-] izņemtais, {+…+} pievienotais)");
    }
    out.emplace_back();
    if (set.live_pages.empty()) {
        out.emplace_back("Tiešsaistes lapu saturs nav mainījies.");
        return out;
    }
    out.push_back("Tiešsaistes lapas, kuru saturs mainījies (" + std::to_string(set.live_pages.size()) + "):");
    for (const auto& p : set.live_pages) { out.push_back("  " + p.url + " – " + p.title); }
    return out;
}

}  // namespace pvpp
