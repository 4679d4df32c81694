#include "diag/diagnostics.h"

#include <algorithm>
#include <cstdio>

#include "util/message.h"
#include "util/text.h"
#include "util/utf8.h"

namespace pvpp {

void Diagnostics::add(const SourceLoc& loc, Severity severity, std::string message) {
    std::string key = loc.file + '\0' + std::to_string(loc.line) + ':' + std::to_string(loc.column) + '\0' +
                      std::to_string(static_cast<int>(severity)) + message;
    if (!m_seen.insert(std::move(key)).second) { return; }
    m_items.push_back({loc, severity, std::move(message)});
}

void Diagnostics::error(const SourceLoc& loc, std::string message) { add(loc, Severity::error, std::move(message)); }

void Diagnostics::warning(const SourceLoc& loc, std::string message) {
    add(loc, Severity::warning, std::move(message));
}

void Diagnostics::note(const SourceLoc& loc, std::string message) { add(loc, Severity::note, std::move(message)); }

void Diagnostics::remember_source(const std::string& file, std::string text) {
    m_sources[file] = std::move(text);
}

void Diagnostics::append(Diagnostics&& other) {
    for (auto& d : other.m_items) { add(d.loc, d.severity, std::move(d.message)); }
    for (auto& [file, text] : other.m_sources) { m_sources[file] = std::move(text); }
    other.m_items.clear();
    other.m_sources.clear();
}

int Diagnostics::error_count() const {
    return static_cast<int>(std::count_if(m_items.begin(), m_items.end(),
                                          [](const auto& d) { return d.severity == Severity::error; }));
}

int Diagnostics::warning_count() const {
    return static_cast<int>(std::count_if(m_items.begin(), m_items.end(),
                                          [](const auto& d) { return d.severity == Severity::warning; }));
}

const SourceLoc* Diagnostics::last_error_in(const std::string& file) const {
    const SourceLoc* last = nullptr;
    for (const auto& d : m_items) {
        if (d.severity == Severity::error && d.loc.file == file && (!last || !(d.loc < *last))) { last = &d.loc; }
    }
    return last;
}

std::vector<Diagnostic> Diagnostics::sorted() const {
    std::vector<Diagnostic> out = m_items;
    std::stable_sort(out.begin(), out.end(),
                     [](const auto& a, const auto& b) { return a.loc < b.loc; });
    return out;
}

const std::string* Diagnostics::source_of(const std::string& file) const {
    auto it = m_sources.find(file);
    return it == m_sources.end() ? nullptr : &it->second;
}

namespace {

// The quoted line is printed only when it is valid UTF-8 text without NUL or
// escape bytes, so the terminal never receives broken or controlling bytes; the caret counts code points like the column.
void print_source_line(std::ostream& out, const std::string& text, const SourceLoc& loc) {
    auto lines = split_lines(text);
    if (loc.line < 1 || loc.line > static_cast<int>(lines.size())) { return; }
    std::string_view line = lines[loc.line - 1];
    bool control = std::any_of(line.begin(), line.end(), [](char c) { return c == '\0' || c == '\x1b'; });
    if (first_invalid_utf8(line) || line.size() > 300 || control) { return; }
    std::string tabs_as_spaces(line);
    std::replace(tabs_as_spaces.begin(), tabs_as_spaces.end(), '\t', ' ');
    out << "  " << tabs_as_spaces << "\n  ";
    out << std::string(static_cast<std::size_t>(std::max(loc.column - 1, 0)), ' ') << "^\n";
}

// A finding is one line: control bytes a value or a file name carries (a NUL in a
// slug, a newline in toml++'s "saw" text) are written as escapes, as TOML writes them.
std::string escape_controls(std::string_view text) {
    std::string out;
    for (char c : text) {
        auto byte = static_cast<unsigned char>(c);
        if (byte >= 0x20 && byte != 0x7F) {
            out += c;
        } else if (c == '\n' || c == '\t' || c == '\r') {
            out += c == '\n' ? "\\n" : (c == '\t' ? "\\t" : "\\r");
        } else {
            char hex[8];
            std::snprintf(hex, sizeof hex, "\\u%04X", byte);
            out += hex;
        }
    }
    return out;
}

std::string location_text(const SourceLoc& loc, const std::string& prefix) {
    std::string s = escape_controls(prefix + loc.file);
    if (loc.line > 0) { s += ":" + std::to_string(loc.line); }
    if (loc.column > 0) { s += ":" + std::to_string(loc.column); }
    return s;
}

}  // namespace

void print_diagnostics(std::ostream& out, const Diagnostics& diags, const std::string& prefix) {
    for (const auto& d : diags.sorted()) {
        // The GCC shape (file:line:col: error: …) in the user's language, so editors jump to it.
        const char* kind = d.severity == Severity::error ? _("error") : _("warning");
        if (d.severity == Severity::note) { kind = _("note"); }
        out << location_text(d.loc, prefix) << ": " << kind << ": " << escape_controls(d.message) << "\n";
        // A note stands at the finding it adds to, whose line is already quoted above it.
        if (const std::string* text = diags.source_of(d.loc.file);
            text && d.loc.column > 0 && d.severity != Severity::note) {
            print_source_line(out, *text, d.loc);
        }
    }
    if (diags.error_count() + diags.warning_count() > 0) {
        const auto errors = static_cast<unsigned long>(diags.error_count());
        const auto warnings = static_cast<unsigned long>(diags.warning_count());
        out << fill(P_("{1} error", "{1} errors", errors), {std::to_string(errors)}) << ", "
            << fill(P_("{1} warning", "{1} warnings", warnings), {std::to_string(warnings)}) << "\n";
    }
}

}  // namespace pvpp
