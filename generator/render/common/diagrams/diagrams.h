// Pictures made from the corpus, as SVG for the place they are shown: the site
// links them relative to a page, the CMS fragments to the live site. Pure and deterministic.
#pragma once
#include <functional>
#include <string>

#include "model/corpus.h"
#include "validate/corpus_index.h"

namespace pvpp {

/// What a diagram reads: the corpus, and how a record's site folder is linked from the picture.
struct DiagramContext {
    const Corpus& corpus;
    const CorpusIndex& index;
    std::function<std::string(const std::string& folder)> href;
};

/// A picture: its <svg> element, the words its <title> and <desc> say, and its size in pixels.
struct Picture {
    std::string svg;
    std::string title;
    std::string description;
    double width = 0;
    double height = 0;
};

/// The work plan as a Gantt chart: <svg id="gantt"> with one row per action
/// line, measure and sub-activity, a rect.bar[data-code][data-start][data-end]
/// per row with both dates, and data-from, data-to, data-px-per-day, data-x0,
/// data-y0, data-y1 so site.js can draw the today line.
Picture gantt_svg(const DiagramContext& b);

/// The scales × levels grid with each role in the cells of its scales and
/// levels; the role whose id is highlight_role is drawn emphasised.
Picture role_grid_svg(const DiagramContext& b, const std::string& highlight_role = "");

/// The ten condition groups around "Pakalpojums", each linking to its group
/// page, with its conditions' codes beside it.
Picture condition_wheel_svg(const DiagramContext& b);

/// The tasks in their three level groups, each box linking to its page, with a
/// line between every pair of directly related tasks.
Picture task_map_svg(const DiagramContext& b);

}  // namespace pvpp
