// The tasks PU1…PU3 as boxes in their level groups, with a line between each pair
// of directly related tasks. Lines run in the gutters between boxes, never under a box
// or across a band's heading; a legend under the bands says what box and line mean.
#include <algorithm>
#include <cmath>
#include <set>

#include "render/common/urls.h"
#include "render/common/diagrams/diagrams.h"
#include "render/common/diagrams/svg_writer.h"
#include "util/text.h"
#include "util/utf8.h"

namespace pvpp {
namespace {

constexpr double k_margin = 8;
constexpr double k_pad = 14;   // inside a band
constexpr double k_head = 48;  // band heading, with a gutter below it
constexpr double k_box_w = 178;
constexpr double k_gap = 18;  // between boxes; the lines run in its middle
constexpr double k_band_gap = 12;
constexpr double k_line_h = 15;
constexpr double k_legend_h = 40;
constexpr std::size_t k_columns = 6;
constexpr std::size_t k_name_chars = 24;
// A heading letter is at most this wide (15 px bold): where a heading's text ends, for routing.
constexpr double k_heading_char_w = 10;

struct Band {
    int group;
    const char* name;
};

constexpr Band k_bands[] = {
    {1, "Politikas līmenis"},
    {2, "Pamatdarbības un nodrošinājuma līmenis"},
    {3, "Visos pārvaldības līmeņos"},
};

struct Box {
    const Task* task;
    double x;
    double y;
    std::size_t order;  ///< reading order, so a relation always runs from the earlier box
};

/// Where everything is: boxes are as tall as the longest name needs (names are never cut),
/// and the right end of the widest heading that a line between bands must pass.
struct Layout {
    std::vector<Box> boxes;
    double box_h = 0;
    double bottom = 0;
    double heading_end = 0;
};

std::vector<const Task*> tasks_of(const Corpus& c, int group) {
    std::vector<const Task*> out;
    for (const auto& t : c.tasks) {
        if (t.group() == group) { out.push_back(&t); }
    }
    std::sort(out.begin(), out.end(), [](const Task* a, const Task* b) { return natural_less(a->code, b->code); });
    return out;
}

std::string heading_of(const Band& band) { return "PU" + std::to_string(band.group) + " · " + band.name; }

double box_height(const Corpus& c) {
    std::size_t lines = 1;
    for (const auto& t : c.tasks) { lines = std::max(lines, svg::wrap(t.name, k_name_chars).size()); }
    return 37 + static_cast<double>(lines - 1) * k_line_h + 14;
}

double band_height(std::size_t tasks, double box_h) {
    double rows = static_cast<double>(std::max<std::size_t>(1, (tasks + k_columns - 1) / k_columns));
    return k_head + rows * box_h + (rows - 1) * k_gap + k_pad;
}

double width() { return 2 * k_margin + 2 * k_pad + k_columns * k_box_w + (k_columns - 1) * k_gap; }

// Box positions, band by band.
Layout layout(const Corpus& c) {
    Layout l;
    l.box_h = box_height(c);
    double y = k_margin;
    for (const Band& band : k_bands) {
        std::vector<const Task*> tasks = tasks_of(c, band.group);
        for (std::size_t i = 0; i < tasks.size(); ++i) {
            double x = k_margin + k_pad + static_cast<double>(i % k_columns) * (k_box_w + k_gap);
            double top = y + k_head + static_cast<double>(i / k_columns) * (l.box_h + k_gap);
            l.boxes.push_back({tasks[i], x, top, l.boxes.size()});
        }
        y += band_height(tasks.size(), l.box_h) + k_band_gap;
        double end = k_margin + k_pad + static_cast<double>(count_code_points(heading_of(band))) * k_heading_char_w;
        l.heading_end = std::max(l.heading_end, end);
    }
    l.bottom = y - k_band_gap;
    return l;
}

std::string band_svg(const Band& band, std::size_t tasks, double y, double box_h) {
    std::string out = svg::rect(k_margin, y, width() - 2 * k_margin, band_height(tasks, box_h),
                                std::string(" class=\"band\" rx=\"6\" fill=\"") + svg::k_soft + "\" stroke=\"" +
                                    svg::k_line + "\"");
    return out + svg::text(k_margin + k_pad, y + 22, heading_of(band),
                           std::string(" class=\"heading\" font-size=\"15\" font-weight=\"700\" fill=\"") +
                               svg::k_ink + "\"");
}

std::string box_svg(const DiagramLinks& b, const Box& box, double box_h) {
    const Task& t = *box.task;
    std::string out = svg::link_open(b.href(url::of(EntityKind::task, t.code)), t.code + " " + t.name,
                                     " class=\"task\" data-task=\"" + svg::escape(t.code) + "\"");
    out += svg::rect(box.x, box.y, k_box_w, box_h,
                     std::string(" rx=\"4\" fill=\"#ffffff\" stroke=\"") + svg::k_accent + "\"");
    out += svg::text(box.x + 8, box.y + 19, t.code, std::string(" font-weight=\"700\" fill=\"") + svg::k_accent + "\"");
    out += svg::text_lines(box.x + 8, box.y + 37, k_line_h, svg::wrap(t.name, k_name_chars), " font-size=\"12\"");
    return out + "</a>\n";
}

// Each related pair once, earlier box first; references to unknown tasks are skipped.
std::vector<std::pair<const Box*, const Box*>> relations(const std::vector<Box>& boxes) {
    std::set<std::pair<std::size_t, std::size_t>> seen;
    for (const auto& box : boxes) {
        for (const Ref& r : box.task->related) {
            auto other = std::find_if(boxes.begin(), boxes.end(), [&r](const Box& x) { return x.task->code == r.id; });
            if (other == boxes.end() || other->order == box.order) { continue; }
            seen.insert(std::minmax(box.order, other->order));
        }
    }
    std::vector<std::pair<const Box*, const Box*>> out;
    for (const auto& [a, b] : seen) { out.push_back({&boxes[a], &boxes[b]}); }
    return out;
}

// Path data through the given points.
std::string polyline(const std::vector<std::pair<double, double>>& points) {
    std::string d;
    for (std::size_t i = 0; i < points.size(); ++i) {
        d += (i == 0 ? "M" : "L") + svg::num(points[i].first) + " " + svg::num(points[i].second);
    }
    return d;
}

// The column gutter a line between two bands runs down in: the one left of b unless a
// band's heading text lies there, else the nearer of the gutter before the first column
// (left of every heading) and the first past every heading's end. Gutters are the only
// vertical paths that cross no box.
double band_crossing_x(const Layout& l, const Box& b) {
    double left_of_b = b.x - k_gap / 2;
    if (left_of_b > l.heading_end) { return left_of_b; }
    double first = k_margin + k_pad - k_gap / 2;
    double step = k_box_w + k_gap;
    double past = first + std::min(std::ceil((l.heading_end - first) / step), static_cast<double>(k_columns)) * step;
    return left_of_b - first <= past - left_of_b ? first : past;
}

// From the bottom of a to the top of b through the gutter below a's row, a column gutter
// and the gutter above b's row; side by side in one row, a short run between them.
// offset keeps parallel runs apart, inside the gutters.
std::string route(const Layout& l, const Box& a, const Box& b, double offset) {
    if (a.y == b.y && b.x - a.x < k_box_w + k_gap + 1) {
        double y = a.y + l.box_h / 2 + offset;
        return polyline({{a.x + k_box_w, y}, {b.x, y}});
    }
    double ax = a.x + k_box_w / 2 + offset;
    double bx = b.x + k_box_w / 2 + offset;
    double below_a = a.y + l.box_h + k_gap / 2 + offset;
    if (a.y == b.y) {  // same row, apart: under the row and back up
        return polyline({{ax, a.y + l.box_h}, {ax, below_a}, {bx, below_a}, {bx, b.y + l.box_h}});
    }
    double above_b = b.y - k_gap / 2 + offset;
    bool same_band = a.task->group() == b.task->group();
    double gutter_x = (same_band ? b.x - k_gap / 2 : band_crossing_x(l, b)) + offset;
    return polyline(
        {{ax, a.y + l.box_h}, {ax, below_a}, {gutter_x, below_a}, {gutter_x, above_b}, {bx, above_b}, {bx, b.y}});
}

// 0, +3, -3, +6, -6: a lone line runs in the middle of its gutter.
double offset_of(std::size_t i) {
    double step = static_cast<double>((i % 5 + 1) / 2) * 3;
    return i % 2 == 1 ? step : -step;
}

std::string relations_svg(const Layout& l, const std::vector<std::pair<const Box*, const Box*>>& pairs) {
    std::string out =
        "<g class=\"relations\" fill=\"none\" stroke=\"" + std::string(svg::k_accent) + "\" stroke-width=\"2\">\n";
    for (std::size_t i = 0; i < pairs.size(); ++i) {
        const Task& a = *pairs[i].first->task;
        const Task& b = *pairs[i].second->task;
        out += "<path class=\"relation\" data-from=\"" + svg::escape(a.code) + "\" data-to=\"" + svg::escape(b.code) +
               "\" d=\"" + route(l, *pairs[i].first, *pairs[i].second, offset_of(i)) + "\">" +
               svg::title(a.code + " – " + b.code) + "</path>\n";
    }
    return out + "</g>\n";
}

// What the two marks mean, under the bands.
std::string legend_svg(double y) {
    double x = k_margin + k_pad;
    std::string out = "<g class=\"legend\" font-size=\"12\">\n";
    out += svg::rect(x, y + 8, 28, 18, std::string(" rx=\"3\" fill=\"#ffffff\" stroke=\"") + svg::k_accent + "\"");
    out += svg::text(x + 36, y + 21, "uzdevums (saite uz tā lapu)");
    out += svg::line(x + 240, y + 17, x + 272, y + 17,
                     std::string(" stroke=\"") + svg::k_accent + "\" stroke-width=\"2\"");
    out += svg::text(x + 280, y + 21, "tieši saistīti uzdevumi");
    return out + "</g>\n";
}

std::string description(const Corpus& c, const std::vector<std::pair<const Box*, const Box*>>& pairs) {
    std::vector<std::string> groups;
    for (const Band& band : k_bands) {
        groups.push_back("PU" + std::to_string(band.group) + " " + band.name + " (" +
                         std::to_string(tasks_of(c, band.group).size()) + ")");
    }
    std::vector<std::string> links;
    for (const auto& [a, b] : pairs) { links.push_back(a->task->code + " – " + b->task->code); }
    return "Pakalpojumu pārvaldības uzdevumi pa grupām: " + join(groups, "; ") + ". " +
           (links.empty() ? std::string("Tieši saistīti uzdevumi nav norādīti.")
                          : "Tieši saistīti uzdevumi: " + join(links, ", ") + ".");
}

}  // namespace

Picture task_map_picture(const DiagramLinks& b) {
    const Corpus& c = b.ctx().corpus;
    Layout l = layout(c);
    auto pairs = relations(l.boxes);
    svg::Head head;
    head.id = "task-map";
    head.width = width();
    head.height = l.bottom + k_legend_h + k_margin;
    head.title = "Pakalpojumu pārvaldības uzdevumu savstarpējās saistības";
    head.desc = description(c, pairs);
    std::string out = svg::open(head);
    double y = k_margin;
    for (const Band& band : k_bands) {
        std::size_t n = tasks_of(c, band.group).size();
        out += band_svg(band, n, y, l.box_h);
        y += band_height(n, l.box_h) + k_band_gap;
    }
    out += relations_svg(l, pairs);
    for (const auto& box : l.boxes) { out += box_svg(b, box, l.box_h); }
    out += legend_svg(l.bottom);
    return {out + svg::close(), head.title, head.desc, head.width, head.height};
}

std::string task_map_svg(const DiagramLinks& b) { return task_map_picture(b).svg; }

// The map's lines as words with links, for a screen too narrow for the drawing (the
// tasks' lists by group follow the map on its page).
std::string task_map_relations_html(const DiagramLinks& b) {
    Layout l = layout(b.ctx().corpus);
    auto link = [&](const Task& t) {
        return "<a href=\"" + svg::escape(b.href(url::of(EntityKind::task, t.code))) + "\">" + svg::escape(t.code) +
               "</a>";
    };
    std::vector<std::string> links;
    for (const auto& [x, y] : relations(l.boxes)) { links.push_back(link(*x->task) + " – " + link(*y->task)); }
    if (links.empty()) { return ""; }
    return "<p class=\"diagram-text\">Tieši saistīti uzdevumi: " + join(links, ", ") + ".</p>";
}

}  // namespace pvpp
