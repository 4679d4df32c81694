// The scales × levels grid with the ten roles in their cells. A role with two
// levels (4, 8) is drawn in each of its cells: 8's levels are not adjacent, so a
// spanning box could not be drawn without covering role 4.
#include <algorithm>

#include "render/common/urls.h"
#include "render/common/diagrams/diagrams.h"
#include "render/common/diagrams/svg_writer.h"
#include "util/text.h"

namespace pvpp {
namespace {

constexpr double k_margin = 8;
constexpr double k_head_w = 190;  // level headers at the left
constexpr double k_head_h = 82;   // scale headers at the top
constexpr double k_col_w = 214;
constexpr double k_pad = 8;  // inside a cell, around and between role boxes
constexpr double k_line_h = 16;
constexpr std::size_t k_name_chars = 25;

bool has_ref(const std::vector<Ref>& refs, const std::string& id) {
    return std::any_of(refs.begin(), refs.end(), [&id](const Ref& r) { return r.id == id; });
}

std::vector<const Role*> roles_in(const Corpus& c, const Axis& scale, const Axis& level) {
    std::vector<const Role*> out;
    for (const auto& r : c.roles) {
        if (has_ref(r.scales, scale.id) && has_ref(r.levels, level.id)) { out.push_back(&r); }
    }
    return out;
}

std::string role_label(const Role& r) { return std::to_string(r.number) + ". loma"; }

double box_height(const Role& r) {
    return 10 + k_line_h + k_line_h * static_cast<double>(svg::wrap(r.name, k_name_chars).size()) + 4;
}

double cell_height(const Corpus& c, const Axis& level) {
    double tallest = 30 + k_line_h * static_cast<double>(svg::wrap(level.description.markdown, 22, 4).size());
    for (const auto& s : c.scales) {
        double h = k_pad;
        for (const Role* r : roles_in(c, s, level)) { h += box_height(*r) + k_pad; }
        tallest = std::max(tallest, h);
    }
    return tallest;
}

std::string role_box(const DiagramLinks& b, const Role& r, double x, double y, bool highlight) {
    double w = k_col_w - 2 * k_pad;
    std::string fill = highlight ? svg::k_accent : "#ffffff";
    std::string ink = highlight ? "#ffffff" : svg::k_ink;
    std::string number_ink = highlight ? "#ffffff" : svg::k_accent;
    std::string out = svg::link_open(
        b.href(url::of(EntityKind::role, r.id)), role_label(r) + ": " + r.name,
        " class=\"role" + std::string(highlight ? " highlight" : "") + "\" data-role=\"" + svg::escape(r.id) + "\"");
    out += svg::rect(x, y, w, box_height(r),
                     " rx=\"4\" fill=\"" + fill + "\" stroke=\"" +
                         std::string(highlight ? svg::k_accent_dark : svg::k_accent) + "\" stroke-width=\"" +
                         (highlight ? "3" : "1") + "\"");
    out += svg::text(x + 8, y + 8 + 12, role_label(r),
                     " font-size=\"12\" font-weight=\"700\" fill=\"" + number_ink + "\"");
    out += svg::text_lines(x + 8, y + 8 + 12 + k_line_h, k_line_h, svg::wrap(r.name, k_name_chars),
                           " fill=\"" + ink + "\"" + (highlight ? " font-weight=\"700\"" : ""));
    return out + "</a>\n";
}

std::string scale_header(const DiagramLinks& b, const Axis& s, double x) {
    std::string out = svg::link_open(b.href(url::of(EntityKind::scale, s.id)), s.name,
                                     " class=\"scale\" data-scale=\"" + svg::escape(s.id) + "\"");
    out += svg::rect(x, k_margin, k_col_w, k_head_h,
                     std::string(" fill=\"") + svg::k_soft + "\" stroke=\"" + svg::k_line + "\"");
    std::vector<std::string> name = svg::wrap(s.name, 24, 2);
    out += svg::text_lines(x + 10, k_margin + 22, k_line_h, name,
                           std::string(" font-weight=\"700\" fill=\"") + svg::k_accent + "\"");
    out += svg::text_lines(x + 10, k_margin + 22 + k_line_h * static_cast<double>(name.size()) + 2, 15,
                           svg::wrap(s.scope, 28, 2), std::string(" font-size=\"12\" fill=\"") + svg::k_muted + "\"");
    return out + "</a>\n";
}

std::string level_header(const DiagramLinks& b, const Axis& l, double y, double h) {
    std::string out = svg::link_open(b.href(url::of(EntityKind::level, l.id)), l.name,
                                     " class=\"level\" data-level=\"" + svg::escape(l.id) + "\"");
    out += svg::rect(k_margin, y, k_head_w, h,
                     std::string(" fill=\"") + svg::k_soft + "\" stroke=\"" + svg::k_line + "\"");
    out += svg::text(k_margin + 10, y + 22, l.name, std::string(" font-weight=\"700\" fill=\"") + svg::k_accent + "\"");
    out += svg::text_lines(k_margin + 10, y + 22 + k_line_h + 2, 15, svg::wrap(l.description.markdown, 26, 4),
                           std::string(" font-size=\"12\" fill=\"") + svg::k_muted + "\"");
    return out + "</a>\n";
}

std::string level_row(const DiagramLinks& b, const Axis& level, double y, double h, const std::string& highlight) {
    const Corpus& c = b.ctx().corpus;
    std::string out = level_header(b, level, y, h);
    for (std::size_t i = 0; i < c.scales.size(); ++i) {
        double x = k_margin + k_head_w + k_col_w * static_cast<double>(i);
        out +=
            svg::rect(x, y, k_col_w, h, std::string(" class=\"cell\" fill=\"#ffffff\" stroke=\"") + svg::k_line + "\"");
        double top = y + k_pad;
        for (const Role* r : roles_in(c, c.scales[i], level)) {
            out += role_box(b, *r, x + k_pad, top, r->id == highlight);
            top += box_height(*r) + k_pad;
        }
    }
    return out;
}

// Roles whose scale or level is not given cannot be placed; they are listed below.
std::vector<const Role*> unplaced(const Corpus& c) {
    std::vector<const Role*> out;
    for (const auto& r : c.roles) {
        bool placed = std::any_of(c.scales.begin(), c.scales.end(), [&](const Axis& s) {
            return std::any_of(c.levels.begin(), c.levels.end(),
                               [&](const Axis& l) { return has_ref(r.scales, s.id) && has_ref(r.levels, l.id); });
        });
        if (!placed) { out.push_back(&r); }
    }
    return out;
}

std::string unplaced_svg(const DiagramLinks& b, const std::vector<const Role*>& roles, double y,
                         const std::string& highlight) {
    if (roles.empty()) { return ""; }
    std::string out =
        svg::text(k_margin, y + 24, "Mērogs vai līmenis nav norādīts:", std::string(" fill=\"") + svg::k_muted + "\"");
    double x = k_margin + 230;
    for (const Role* r : roles) {
        std::string cls = "role unplaced" + std::string(r->id == highlight ? " highlight" : "");
        out +=
            svg::link_open(b.href(url::of(EntityKind::role, r->id)), r->name,
                           " class=\"" + cls + "\" data-role=\"" + svg::escape(r->id) + "\"") +
            svg::text(x, y + 24, role_label(*r), std::string(" font-weight=\"700\" fill=\"") + svg::k_accent + "\"") +
            "</a>\n";
        x += 70;
    }
    return out;
}

std::string description(const Corpus& c) {
    std::string out = "Pakalpojumu pārvaldības lomas pēc mērogiem (kolonnās) un līmeņiem (rindās).";
    for (const auto& l : c.levels) {
        for (const auto& s : c.scales) {
            std::vector<std::string> names;
            for (const Role* r : roles_in(c, s, l)) { names.push_back(role_label(*r) + " " + r->name); }
            if (!names.empty()) { out += " " + l.name + ", " + s.name + ": " + join(names, "; ") + "."; }
        }
    }
    return out;
}

}  // namespace

Picture role_grid_picture(const DiagramLinks& b, const std::string& highlight_role) {
    const Corpus& c = b.ctx().corpus;
    std::vector<double> heights;
    double bottom = k_margin + k_head_h;
    for (const auto& l : c.levels) {
        heights.push_back(cell_height(c, l));
        bottom += heights.back();
    }
    std::vector<const Role*> loose = unplaced(c);
    svg::Head head;
    head.id = "role-grid";
    head.width = k_margin * 2 + k_head_w + k_col_w * static_cast<double>(c.scales.size());
    head.height = bottom + k_margin + (loose.empty() ? 0 : 28);
    head.title = "Lomas pēc mērogiem un līmeņiem";
    head.desc = description(c);
    std::string out = svg::open(head);
    out += svg::text(k_margin + 10, k_margin + 46, "Līmenis \\ mērogs",
                     std::string(" font-size=\"12\" fill=\"") + svg::k_muted + "\"");
    for (std::size_t i = 0; i < c.scales.size(); ++i) {
        out += scale_header(b, c.scales[i], k_margin + k_head_w + k_col_w * static_cast<double>(i));
    }
    double y = k_margin + k_head_h;
    for (std::size_t i = 0; i < c.levels.size(); ++i) {
        out += level_row(b, c.levels[i], y, heights[i], highlight_role);
        y += heights[i];
    }
    out += unplaced_svg(b, loose, y, highlight_role);
    return {out + svg::close(), head.title, head.desc, head.width, head.height};
}

std::string role_grid_svg(const DiagramLinks& b, const std::string& highlight_role) {
    return role_grid_picture(b, highlight_role).svg;
}

}  // namespace pvpp
