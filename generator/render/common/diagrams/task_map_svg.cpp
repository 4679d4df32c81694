// The tasks PU1…PU3 as boxes in their level groups, with a line between each pair
// of directly related tasks. Lines run in the gutters between boxes, never under one.
#include <algorithm>
#include <set>

#include "render/common/urls.h"
#include "render/common/diagrams/diagrams.h"
#include "render/common/diagrams/svg_writer.h"
#include "util/text.h"

namespace pvpp {
namespace {

constexpr double k_margin = 8;
constexpr double k_pad = 14;   // inside a band
constexpr double k_head = 48;  // band heading, with a gutter below it
constexpr double k_box_w = 178;
constexpr double k_box_h = 94;
constexpr double k_gap = 18;  // between boxes; the lines run in its middle
constexpr double k_band_gap = 12;
constexpr std::size_t k_columns = 6;
constexpr std::size_t k_name_chars = 24;
constexpr std::size_t k_name_lines = 4;

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

std::vector<const Task*> tasks_of(const Corpus& c, int group) {
    std::vector<const Task*> out;
    for (const auto& t : c.tasks) {
        if (t.group() == group) { out.push_back(&t); }
    }
    std::sort(out.begin(), out.end(), [](const Task* a, const Task* b) { return natural_less(a->code, b->code); });
    return out;
}

double band_height(std::size_t tasks) {
    double rows = static_cast<double>(std::max<std::size_t>(1, (tasks + k_columns - 1) / k_columns));
    return k_head + rows * k_box_h + (rows - 1) * k_gap + k_pad;
}

double width() { return 2 * k_margin + 2 * k_pad + k_columns * k_box_w + (k_columns - 1) * k_gap; }

// Box positions, band by band; returns the bottom of the last band.
double layout(const Corpus& c, std::vector<Box>& boxes) {
    double y = k_margin;
    for (const Band& band : k_bands) {
        std::vector<const Task*> tasks = tasks_of(c, band.group);
        for (std::size_t i = 0; i < tasks.size(); ++i) {
            double x = k_margin + k_pad + static_cast<double>(i % k_columns) * (k_box_w + k_gap);
            double top = y + k_head + static_cast<double>(i / k_columns) * (k_box_h + k_gap);
            boxes.push_back({tasks[i], x, top, boxes.size()});
        }
        y += band_height(tasks.size()) + k_band_gap;
    }
    return y - k_band_gap;
}

std::string band_svg(const Band& band, std::size_t tasks, double y) {
    std::string code = "PU" + std::to_string(band.group);
    std::string out =
        svg::rect(k_margin, y, width() - 2 * k_margin, band_height(tasks),
                  std::string(" class=\"band\" rx=\"6\" fill=\"") + svg::k_soft + "\" stroke=\"" + svg::k_line + "\"");
    return out + svg::text(k_margin + k_pad, y + 22, code + " · " + band.name,
                           std::string(" font-size=\"15\" font-weight=\"700\" fill=\"") + svg::k_ink + "\"");
}

std::string box_svg(const DiagramLinks& b, const Box& box) {
    const Task& t = *box.task;
    std::string out = svg::link_open(b.href(url::task(t.code)), t.code + " " + t.name,
                                     " class=\"task\" data-task=\"" + svg::escape(t.code) + "\"");
    out += svg::rect(box.x, box.y, k_box_w, k_box_h,
                     std::string(" rx=\"4\" fill=\"#ffffff\" stroke=\"") + svg::k_accent + "\"");
    out += svg::text(box.x + 8, box.y + 19, t.code, std::string(" font-weight=\"700\" fill=\"") + svg::k_accent + "\"");
    out +=
        svg::text_lines(box.x + 8, box.y + 37, 15, svg::wrap(t.name, k_name_chars, k_name_lines), " font-size=\"12\"");
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

// Path data through the given points, alternating vertical and horizontal runs
// after the first horizontal or vertical step as the points say.
std::string polyline(const std::vector<std::pair<double, double>>& points) {
    std::string d;
    for (std::size_t i = 0; i < points.size(); ++i) {
        d += i == 0 ? 'M' : 'L';
        d += svg::num(points[i].first);
        d += ' ';
        d += svg::num(points[i].second);
    }
    return d;
}

// From the bottom of a to the top of b through the gutter below a's row, the
// column gutter left of b and the gutter above b's row; side by side in one row,
// a short run between them. offset keeps parallel runs apart.
std::string route(const Box& a, const Box& b, double offset) {
    if (a.y == b.y && b.x - a.x < k_box_w + k_gap + 1) {
        double y = a.y + k_box_h / 2 + offset;
        return polyline({{a.x + k_box_w, y}, {b.x, y}});
    }
    double ax = a.x + k_box_w / 2 + offset;
    double bx = b.x + k_box_w / 2 + offset;
    double below_a = a.y + k_box_h + k_gap / 2 + offset;
    if (a.y == b.y) {  // same row, apart: under the row and back up
        return polyline({{ax, a.y + k_box_h}, {ax, below_a}, {bx, below_a}, {bx, b.y + k_box_h}});
    }
    double above_b = b.y - k_gap / 2 + offset;
    double gutter_x = b.x - k_gap / 2 + offset;
    return polyline(
        {{ax, a.y + k_box_h}, {ax, below_a}, {gutter_x, below_a}, {gutter_x, above_b}, {bx, above_b}, {bx, b.y}});
}

std::string relations_svg(const std::vector<std::pair<const Box*, const Box*>>& pairs) {
    std::string out =
        "<g class=\"relations\" fill=\"none\" stroke=\"" + std::string(svg::k_accent) + "\" stroke-width=\"2\">\n";
    for (std::size_t i = 0; i < pairs.size(); ++i) {
        double offset = (static_cast<double>(i % 5) - 2) * 3;
        const Task& a = *pairs[i].first->task;
        const Task& b = *pairs[i].second->task;
        out += "<path class=\"relation\" data-from=\"" + svg::escape(a.code) + "\" data-to=\"" + svg::escape(b.code) +
               "\" d=\"" + route(*pairs[i].first, *pairs[i].second, offset) + "\">" +
               svg::title(a.code + " – " + b.code) + "</path>\n";
    }
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
    std::vector<Box> boxes;
    double bottom = layout(c, boxes);
    auto pairs = relations(boxes);
    svg::Head head;
    head.id = "task-map";
    head.width = width();
    head.height = bottom + k_margin;
    head.title = "Pakalpojumu pārvaldības uzdevumu savstarpējās saistības";
    head.desc = description(c, pairs);
    std::string out = svg::open(head);
    double y = k_margin;
    for (const Band& band : k_bands) {
        std::size_t n = tasks_of(c, band.group).size();
        out += band_svg(band, n, y);
        y += band_height(n) + k_band_gap;
    }
    out += relations_svg(pairs);
    for (const auto& box : boxes) { out += box_svg(b, box); }
    return {out + svg::close(), head.title, head.desc, head.width, head.height};
}

std::string task_map_svg(const DiagramLinks& b) { return task_map_picture(b).svg; }

}  // namespace pvpp
