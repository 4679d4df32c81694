// PNG copies of the pictures, for CMS editors that do not take SVG: Debian's
// rsvg-convert (librsvg2-bin) draws them, the one place this renderer runs a program.
#pragma once
#include <string>

namespace pvpp {

/// The rsvg-convert on PATH, or "" when it is not installed.
std::string find_rsvg_convert();

/// Draws svg at twice its size on white into png; false with a message when it fails.
/// The same SVG gives the same bytes on the same machine (rsvg-convert writes no date).
bool svg_to_png(const std::string& program, const std::string& svg, std::string& png, std::string& error);

}  // namespace pvpp
