// The condition groups N1…N10 as a ring around the service: each segment and its
// label link to the group page, each condition code beside it to its own page.
#include <cmath>
#include <numbers>

#include "render/common/urls.h"
#include "render/common/diagrams/diagrams.h"
#include "render/common/diagrams/svg_writer.h"
#include "util/text.h"

namespace pvpp {
namespace {

constexpr double k_width = 740;
constexpr double k_height = 520;
constexpr double k_cx = k_width / 2;
constexpr double k_cy = 258;
constexpr double k_r_in = 78;
constexpr double k_r_out = 156;
constexpr double k_r_label = 174;
constexpr double k_line_h = 16;
constexpr std::size_t k_codes_per_line = 3;

struct Point {
    double x;
    double y;
};

// Angles in degrees, clockwise from the top, as on a clock face.
Point at(double degrees, double radius) {
    double rad = degrees * std::numbers::pi / 180.0;
    return {k_cx + radius * std::sin(rad), k_cy - radius * std::cos(rad)};
}

std::string segment_path(double from, double to) {
    Point a = at(from, k_r_out);
    Point b = at(to, k_r_out);
    Point c = at(to, k_r_in);
    Point d = at(from, k_r_in);
    std::string large = to - from > 180 ? " 1" : " 0";
    std::string path = "M";
    path += svg::num(a.x) + " " + svg::num(a.y);
    path +=
        "A" + svg::num(k_r_out) + " " + svg::num(k_r_out) + " 0" + large + " 1 " + svg::num(b.x) + " " + svg::num(b.y);
    path += "L" + svg::num(c.x) + " " + svg::num(c.y);
    path +=
        "A" + svg::num(k_r_in) + " " + svg::num(k_r_in) + " 0" + large + " 0 " + svg::num(d.x) + " " + svg::num(d.y);
    return path + "Z";
}

std::vector<const Condition*> conditions_of(const Corpus& c, const ConditionGroup& g) {
    std::vector<const Condition*> out;
    for (const auto& k : c.conditions) {
        if (k.group() == g.number) { out.push_back(&k); }
    }
    return out;
}

std::string group_label(const ConditionGroup& g) { return std::to_string(g.number) + ". " + g.name; }

// Where a label block starts and how it is anchored, so that it grows away from the ring.
struct Placement {
    Point first;         ///< baseline of the first line
    std::string anchor;  ///< text-anchor
};

Placement place(double degrees, std::size_t lines) {
    Point p = at(degrees, k_r_label);
    double s = std::sin(degrees * std::numbers::pi / 180.0);
    double c = std::cos(degrees * std::numbers::pi / 180.0);
    std::string anchor = s > 0.2 ? "start" : s < -0.2 ? "end" : "middle";
    double block = k_line_h * static_cast<double>(lines);
    double y = c > 0.9 ? p.y - block + 12 : c < -0.9 ? p.y + 14 : p.y - block / 2 + 12;
    return {{p.x, y}, anchor};
}

std::string codes_line(const DiagramLinks& b, const std::vector<const Condition*>& codes, std::size_t from,
                       Point at_point, const std::string& anchor) {
    std::string out = "<text x=\"" + svg::num(at_point.x) + "\" y=\"" + svg::num(at_point.y) + "\" text-anchor=\"" +
                      anchor + "\" font-size=\"12\" class=\"codes\">";
    for (std::size_t i = from; i < codes.size() && i < from + k_codes_per_line; ++i) {
        // Renderers disagree on spaces between <tspan>s, so the gap after a comma is a no-break
        // space, which no renderer collapses. HTML allows no <tspan> inside a <text>'s <a>, and
        // librsvg ignores a dx on a <tspan> around one, so the link holds its text directly.
        if (i > from) { out += "<tspan fill=\"" + std::string(svg::k_muted) + "\">,&#160;</tspan>"; }
        out += "<a href=\"" + svg::escape(b.href(url::of(EntityKind::condition, codes[i]->code))) +
               "\" class=\"condition\" fill=\"" + svg::k_accent + "\"><title>" +
               svg::escape(codes[i]->code + " " + codes[i]->name) + "</title>" + svg::escape(codes[i]->code) + "</a>";
    }
    return out + "</text>\n";
}

std::string group_svg(const DiagramLinks& b, const ConditionGroup& g, double from, double to, bool dark) {
    std::vector<const Condition*> codes = conditions_of(b.ctx().corpus, g);
    std::vector<std::string> name = svg::wrap(group_label(g), 22);
    std::size_t code_lines = (codes.size() + k_codes_per_line - 1) / k_codes_per_line;
    Placement p = place((from + to) / 2, name.size() + code_lines);
    Point mid = at((from + to) / 2, (k_r_in + k_r_out) / 2);
    std::string out = "<g class=\"group\" data-group=\"" + svg::escape(g.code()) + "\">\n";
    out += svg::link_open(b.href(url::of(EntityKind::condition_group, g.code())), group_label(g));
    out += "<path class=\"segment\" d=\"" + segment_path(from, to) + "\" fill=\"" +
           (dark ? svg::k_accent_dark : svg::k_accent) + "\" stroke=\"#ffffff\" stroke-width=\"3\"/>\n";
    out += svg::text(mid.x, mid.y + 6, g.code(),
                     " text-anchor=\"middle\" font-size=\"16\" font-weight=\"700\" fill=\"#ffffff\"");
    out += svg::text_lines(p.first.x, p.first.y, k_line_h, name,
                           " text-anchor=\"" + p.anchor + "\" font-weight=\"700\" fill=\"" + svg::k_accent + "\"");
    out += "</a>\n";
    for (std::size_t i = 0; i < code_lines; ++i) {
        Point line_at{p.first.x, p.first.y + k_line_h * static_cast<double>(name.size() + i)};
        out += codes_line(b, codes, i * k_codes_per_line, line_at, p.anchor);
    }
    return out + "</g>\n";
}

std::string centre(const DiagramLinks& b) {
    std::string circle = "<circle cx=\"" + svg::num(k_cx) + "\" cy=\"" + svg::num(k_cy) + "\" r=\"" +
                         svg::num(k_r_in - 8) + "\" fill=\"#ffffff\" stroke=\"" + svg::k_accent +
                         "\" stroke-width=\"2\"/>\n";
    std::string label =
        svg::text(k_cx, k_cy + 5, "Pakalpojums",
                  std::string(" class=\"centre\" text-anchor=\"middle\" font-size=\"15\" font-weight=\"700\" fill=\"") +
                      svg::k_accent + "\"");
    if (!b.ctx().index.has(EntityKind::term, "pakalpojums")) { return circle + label; }
    return svg::link_open(b.href(url::of(EntityKind::term, "pakalpojums")), "Pakalpojums") + circle + label + "</a>\n";
}

std::string description(const Corpus& c) {
    std::vector<std::string> parts;
    for (const auto& g : c.condition_groups) {
        std::vector<std::string> codes;
        for (const Condition* k : conditions_of(c, g)) { codes.push_back(k->code); }
        parts.push_back(group_label(g) + (codes.empty() ? "" : " (" + join(codes, ", ") + ")"));
    }
    return svg::count(c.condition_groups.size(), "nosacījumu grupa", "nosacījumu grupas") +
           " aplī ap pakalpojumu: " + join(parts, "; ") + ".";
}

}  // namespace

Picture condition_wheel_picture(const DiagramLinks& b) {
    const Corpus& c = b.ctx().corpus;
    svg::Head head;
    head.id = "condition-wheel";
    head.width = k_width;
    head.height = k_height;
    head.title = "Pakalpojumu izveides, sniegšanas un pilnveides nosacījumi";
    head.desc = description(c);
    std::string out = svg::open(head);
    double span = c.condition_groups.empty() ? 360 : 360.0 / static_cast<double>(c.condition_groups.size());
    for (std::size_t i = 0; i < c.condition_groups.size(); ++i) {
        double mid = span * static_cast<double>(i);
        out += group_svg(b, c.condition_groups[i], mid - span / 2, mid + span / 2, i % 2 == 1);
    }
    return {out + centre(b) + svg::close(), head.title, head.desc, head.width, head.height};
}

std::string condition_wheel_svg(const DiagramLinks& b) { return condition_wheel_picture(b).svg; }

}  // namespace pvpp
