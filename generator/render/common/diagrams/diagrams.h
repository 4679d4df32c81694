// Pictures made from the corpus, as inline SVG for the file they are drawn into:
// links are relative to that file. Pure and deterministic. They live in common/
// because the site, the printed handouts and the CMS fragments all draw them.
#pragma once
#include <functional>
#include <string>

#include "render/renderer.h"

namespace pvpp {

/// What a diagram needs from the file it is drawn into: the corpus, and how a
/// site page is linked from there (the site's pages and the cards link differently).
class DiagramLinks {
public:
    virtual ~DiagramLinks() = default;
    virtual const RenderContext& ctx() const = 0;
    /// Href of a site page folder (site-relative, ending in '/') seen from the file.
    virtual std::string href(const std::string& folder) const = 0;
};

/// DiagramLinks for a file outside the site (a card, a CMS picture): `href` maps a site
/// page folder to the link that file uses.
class HrefDiagramLinks : public DiagramLinks {
   public:
    using Href = std::function<std::string(const std::string& folder)>;
    HrefDiagramLinks(const RenderContext& ctx, Href href) : m_ctx(ctx), m_href(std::move(href)) {}
    const RenderContext& ctx() const override { return m_ctx; }
    std::string href(const std::string& folder) const override { return m_href(folder); }

   private:
    const RenderContext& m_ctx;
    Href m_href;
};

/// A picture with the words its <title> and <desc> say and its size in pixels, for a
/// file of its own shown by an <img> (the CMS fragments).
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
std::string gantt_svg(const DiagramLinks& b);
/// A row's dates as a small bar on the chart's 2024–2027 axis (the phone's work plan);
/// "" when a date is unknown.
std::string gantt_mini_bar(const Schedule& s);

/// The scales × levels grid with each role in the cells of its scales and
/// levels; the role whose id is highlight_role is drawn emphasised.
std::string role_grid_svg(const DiagramLinks& b, const std::string& highlight_role = "");
Picture role_grid_picture(const DiagramLinks& b, const std::string& highlight_role = "");

/// The ten condition groups around "Pakalpojums", each linking to its group
/// page, with its conditions' codes beside it.
std::string condition_wheel_svg(const DiagramLinks& b);
Picture condition_wheel_picture(const DiagramLinks& b);

/// The tasks in their three level groups, each box linking to its page, with a
/// line between every pair of directly related tasks.
std::string task_map_svg(const DiagramLinks& b);
Picture task_map_picture(const DiagramLinks& b);
/// The map's related pairs as a sentence of links ("" when there are none): what a
/// phone shows instead of the drawing.
std::string task_map_relations_html(const DiagramLinks& b);

}  // namespace pvpp
