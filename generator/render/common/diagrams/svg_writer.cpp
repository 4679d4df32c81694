// SVG building blocks shared by the diagrams. Numbers go through std::to_chars so
// output never depends on the locale; wrapping counts code points, not bytes.
#include "render/common/diagrams/svg_writer.h"

#include <charconv>
#include <cmath>

#include "util/text.h"
#include "util/utf8.h"

namespace pvpp::svg {
namespace {

std::vector<std::string_view> words_of(std::string_view text) {
    std::vector<std::string_view> words;
    std::size_t i = 0;
    while (i < text.size()) {
        while (i < text.size() && (text[i] == ' ' || text[i] == '\n' || text[i] == '\t')) { ++i; }
        std::size_t start = i;
        while (i < text.size() && text[i] != ' ' && text[i] != '\n' && text[i] != '\t') { ++i; }
        if (i > start) { words.push_back(text.substr(start, i - start)); }
    }
    return words;
}

// Appends "…" to a line, dropping trailing words (or, for one long word, code
// points) until it fits in width.
std::string with_ellipsis(std::string line, std::size_t width) {
    while (!line.empty() && count_code_points(line) + 1 > width) {
        std::size_t space = line.rfind(' ');
        if (space != std::string::npos && space > 0) {
            line.erase(space);
        } else {
            std::size_t cut = line.size() - 1;
            while (cut > 0 && (static_cast<unsigned char>(line[cut]) & 0xC0) == 0x80) { --cut; }
            line.erase(cut);
        }
    }
    while (!line.empty() && (line.back() == ',' || line.back() == ' ' || line.back() == ';')) { line.pop_back(); }
    return line + "…";
}

}  // namespace

std::string escape(std::string_view text) { return html_escape(text); }

std::string num(double value) {
    double rounded = std::round(value * 100.0) / 100.0;
    if (rounded == 0.0) { return "0"; }  // no "-0"
    char buf[32];
    auto res = std::to_chars(buf, buf + sizeof buf, rounded, std::chars_format::fixed, 2);
    std::string out(buf, res.ptr);
    while (out.back() == '0') { out.pop_back(); }
    if (out.back() == '.') { out.pop_back(); }
    return out;
}

std::vector<std::string> wrap(std::string_view text, std::size_t width) {
    std::vector<std::string> lines;
    std::string current;
    for (std::string_view word : words_of(text)) {
        std::size_t needed = count_code_points(current) + (current.empty() ? 0 : 1) + count_code_points(word);
        if (!current.empty() && needed > width) {
            lines.push_back(current);
            current.clear();
        }
        if (!current.empty()) { current += ' '; }
        current += word;
    }
    if (!current.empty()) { lines.push_back(current); }
    return lines;
}

std::vector<std::string> wrap(std::string_view text, std::size_t width, std::size_t max_lines) {
    std::vector<std::string> lines = wrap(text, width);
    if (max_lines == 0 || lines.size() <= max_lines) { return lines; }
    lines.resize(max_lines);
    lines.back() = with_ellipsis(lines.back(), width);
    return lines;
}

std::string shorten(std::string_view text, std::size_t width) {
    std::vector<std::string> lines = wrap(text, width, 1);
    if (lines.empty()) { return ""; }
    // A single word longer than the width is still one line: cut it too.
    return count_code_points(lines.front()) > width ? with_ellipsis(lines.front(), width) : lines.front();
}

std::string count(std::size_t n, std::string_view singular, std::string_view plural) {
    bool one = n % 10 == 1 && n % 100 != 11;
    return std::to_string(n) + " " + std::string(one ? singular : plural);
}

std::string open(const Head& head) {
    std::string t = head.id + "-title";
    std::string d = head.id + "-desc";
    return "<svg xmlns=\"http://www.w3.org/2000/svg\" id=\"" + escape(head.id) + "\" role=\"group\" aria-labelledby=\"" +
           escape(t) + " " + escape(d) + "\" width=\"" + num(head.width) + "\" height=\"" + num(head.height) +
           "\" viewBox=\"0 0 " + num(head.width) + " " + num(head.height) + "\" font-family=\"" + k_font +
           "\" font-size=\"13\" fill=\"" + k_ink + "\"" + head.attrs + ">\n<title id=\"" + escape(t) + "\">" +
           escape(head.title) + "</title>\n<desc id=\"" + escape(d) + "\">" + escape(head.desc) + "</desc>\n";
}

std::string text(double x, double y, std::string_view content, const std::string& attrs) {
    return "<text x=\"" + num(x) + "\" y=\"" + num(y) + "\"" + attrs + ">" + escape(content) + "</text>\n";
}

std::string text_lines(double x, double y, double line_height, const std::vector<std::string>& lines,
                       const std::string& attrs) {
    std::string out = "<text x=\"" + num(x) + "\" y=\"" + num(y) + "\"" + attrs + ">";
    for (std::size_t i = 0; i < lines.size(); ++i) {
        out +=
            "<tspan x=\"" + num(x) + "\" dy=\"" + num(i == 0 ? 0 : line_height) + "\">" + escape(lines[i]) + "</tspan>";
    }
    return out + "</text>\n";
}

std::string rect(double x, double y, double w, double h, const std::string& attrs) {
    return "<rect x=\"" + num(x) + "\" y=\"" + num(y) + "\" width=\"" + num(w) + "\" height=\"" + num(h) + "\"" +
           attrs + "/>\n";
}

std::string line(double x1, double y1, double x2, double y2, const std::string& attrs) {
    return "<line x1=\"" + num(x1) + "\" y1=\"" + num(y1) + "\" x2=\"" + num(x2) + "\" y2=\"" + num(y2) + "\"" + attrs +
           "/>\n";
}

std::string link_open(const std::string& href, const std::string& tooltip, const std::string& attrs) {
    std::string out = "<a href=\"" + escape(href) + "\"" + attrs + ">";
    return tooltip.empty() ? out + "\n" : out + title(tooltip);
}

std::string title(std::string_view text) { return "<title>" + escape(text) + "</title>\n"; }

}  // namespace pvpp::svg
