// Pictures made from the corpus, as inline SVG for the page the builder is
// making: links are relative to that page. Pure and deterministic.
#pragma once
#include <string>

#include "render/html/page_builder.h"

namespace pvpp {

/// The work plan as a Gantt chart: <svg id="gantt"> with one row per action
/// line, measure and sub-activity, a rect.bar[data-code][data-start][data-end]
/// per row with both dates, and data-from, data-to, data-px-per-day, data-x0,
/// data-y0, data-y1 so site.js can draw the today line.
std::string gantt_svg(const PageBuilder& b);

/// The scales × levels grid with each role in the cells of its scales and
/// levels; the role whose id is highlight_role is drawn emphasised.
std::string role_grid_svg(const PageBuilder& b, const std::string& highlight_role = "");

/// The ten condition groups around "Pakalpojums", each linking to its group
/// page, with its conditions' codes beside it.
std::string condition_wheel_svg(const PageBuilder& b);

/// The tasks in their three level groups, each box linking to its page, with a
/// line between every pair of directly related tasks.
std::string task_map_svg(const PageBuilder& b);

}  // namespace pvpp
