// Small pieces every diagram is made of: escaped text, fixed number formatting,
// word wrapping by code points, and the accessible <svg> head.
#pragma once
#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

namespace pvpp::svg {

/// Site palette; every text colour here has at least 4.5:1 contrast on its background.
inline constexpr const char* k_ink = "#1d2733";
inline constexpr const char* k_muted = "#5b6673";
inline constexpr const char* k_accent = "#7a1f3d";
inline constexpr const char* k_accent_dark = "#4a1024";
inline constexpr const char* k_accent_soft = "#e8c9d3";
inline constexpr const char* k_line = "#d9dee4";
inline constexpr const char* k_soft = "#f5f7f9";
inline constexpr const char* k_font = "Noto Sans, DejaVu Sans, Arial, sans-serif";

/// Text and attribute values escaped for XML.
std::string escape(std::string_view text);

/// A coordinate with at most two decimals, no locale, no trailing zeros: 12.5, 40.
std::string num(double value);

/// Splits text into lines of at most width code points, breaking between words;
/// a word longer than width gets a line of its own.
std::vector<std::string> wrap(std::string_view text, std::size_t width);

/// As wrap, but at most max_lines; when text is cut, the last line ends in "…".
std::vector<std::string> wrap(std::string_view text, std::size_t width, std::size_t max_lines);

/// Text cut to at most width code points at a word boundary, ending in "…" when cut.
std::string shorten(std::string_view text, std::size_t width);

/// "1 pasākums", "7 pasākumi", "21 pasākums": Latvian number agreement.
std::string count(std::size_t n, std::string_view singular, std::string_view plural);

/// What the <svg> element says about itself.
struct Head {
    std::string id;  ///< element id, also the prefix of the title and desc ids
    double width = 0;
    double height = 0;
    std::string title;  ///< short name of the picture
    std::string desc;   ///< what it shows, for readers who cannot see it
    std::string attrs;  ///< further attributes, already escaped, each with a leading space
};

/// The opening <svg role="group" aria-labelledby=…> with <title> and <desc> as first children.
/// "group", not "img": the pictures hold links, which an image role would hide from assistive technology.
std::string open(const Head& head);
/// The closing tag.
inline std::string close() { return "</svg>\n"; }

/// <text x y attrs>content</text>, content escaped.
std::string text(double x, double y, std::string_view content, const std::string& attrs = "");
/// One <text> with a <tspan> per line, line_height apart, the first baseline at y.
std::string text_lines(double x, double y, double line_height, const std::vector<std::string>& lines,
                       const std::string& attrs = "");
/// <rect x y width height attrs/>.
std::string rect(double x, double y, double w, double h, const std::string& attrs = "");
/// <line x1 y1 x2 y2 attrs/>.
std::string line(double x1, double y1, double x2, double y2, const std::string& attrs = "");
/// <a href="…"> with an optional <title> tooltip as first child; close with "</a>".
std::string link_open(const std::string& href, const std::string& tooltip = "", const std::string& attrs = "");
/// <title>…</title>, escaped.
std::string title(std::string_view text);

}  // namespace pvpp::svg
