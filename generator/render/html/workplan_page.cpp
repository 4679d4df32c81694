// The work plan (appendix 2) on one page: the Gantt chart, the road map and a
// table view that works without pictures and scripts. On a phone the chart is too
// wide to read: the table's rows stack, each with its dates and a small bar.
#include <map>

#include "render/common/urls.h"
#include "render/common/diagrams/diagrams.h"
#include "render/html/entity_pages.h"
#include "render/html/page_builder.h"
#include "util/text.h"

namespace pvpp {
namespace {

// A date the sources do not give: the review edition says so, the public one shows "–"
// as the table does for an unknown duration or percentage.
// A date only a label's planned period gives is shown to the month ("05.2024").
std::string cell(const std::optional<Date>& d, const std::optional<YearMonth>& month, Edition e) {
    if (d) { return format_date(*d); }
    if (month) { return format_month(*month); }
    return unknown_html(e, review_text::k_unknown_m, "–");
}

// Each cell names its column (data-label): on a phone the rows stack and the names show.
std::string schedule_cells(const Schedule& s, Edition e) {
    return "<td class=\"when\" data-label=\"Sākums\">" + cell(s.start, s.period_from, e) +
           "</td><td class=\"when\" data-label=\"Beigas\">" + cell(s.end, s.period_to, e) +
           "</td><td class=\"when\" data-label=\"Ilgums\">" +
           (s.duration_days ? std::to_string(*s.duration_days) + " d." : "–") +
           "</td><td class=\"when\" data-label=\"Izpilde\">" +
           (s.done_percent ? std::to_string(*s.done_percent) + "%" : "–") + "</td>";
}

// The row's name with its span drawn on the 2024–2027 axis under it.
std::string name_cell(const std::string& name, const Schedule& s) {
    return "<td class=\"name\">" + html_escape(name) + gantt_mini_bar(s) + "</td>";
}

// The responsible institutions as the edition shows them: an inferred value is "–" in the
// public edition, marked in the review one.
std::string responsible_html(const Measure& m, Edition e) {
    if (m.responsible.empty()) { return ""; }
    if (!shows_value(e, m.provenance, "responsible")) { return "–"; }
    return html_escape(join(m.responsible, ", ")) + provenance_mark(e, m.provenance, "responsible");
}

std::string responsible_cell(const Measure& m, Edition e) {
    std::string who = responsible_html(m, e);
    return who.empty() ? "<td></td>" : "<td data-label=\"Atbildīgā institūcija\">" + who + "</td>";
}

std::string measure_rows(const PageBuilder& b, const Measure& m) {
    Edition e = b.ctx().config.edition;
    std::string html = "<tr class=\"measure\"><th scope=\"row\">" + b.code_link(m.code) + "</th>" +
                       name_cell(m.name, m.schedule) + schedule_cells(m.schedule, e) + responsible_cell(m, e) + "</tr>";
    for (const auto& a : m.activities) {
        html += "<tr class=\"activity\"><th scope=\"row\"></th>" + name_cell(a.name, a.schedule) +
                schedule_cells(a.schedule, b.ctx().config.edition) + "<td></td></tr>";
    }
    return html;
}

std::string workplan_table(const PageBuilder& b) {
    std::string html = "<div class=\"table-wrap\" tabindex=\"0\" role=\"region\" aria-label=\"Darba plāna tabula\">"
                       "<table id=\"workplan-table\"><caption>Rīcības virzieni, pasākumi un aktivitātes</caption>"
                       "<thead><tr><th scope=\"col\">Kods</th><th scope=\"col\">Nosaukums</th><th scope=\"col\">Sākums</th>"
                       "<th scope=\"col\">Beigas</th><th scope=\"col\">Ilgums</th><th scope=\"col\">Izpilde</th>"
                       "<th scope=\"col\">Atbildīgā institūcija</th></tr></thead><tbody>";
    for (const auto& m : b.ctx().corpus.milestones) {
        html += "<tr class=\"milestone\"><th scope=\"row\"></th>" + name_cell(m.name, m.schedule) +
                schedule_cells(m.schedule, b.ctx().config.edition) + "<td></td></tr>";
    }
    for (const auto& l : b.ctx().corpus.lines) {
        html += "<tr class=\"line\"><th scope=\"row\">" + b.code_link(l.code) + "</th>" + name_cell(l.name, l.schedule) +
                schedule_cells(l.schedule, b.ctx().config.edition) + "<td></td></tr>";
        for (const auto& m : b.ctx().corpus.measures) {
            if (m.line_code() == l.code) { html += measure_rows(b, m); }
        }
    }
    return html + "</tbody></table></div>";
}

std::string road_map(const PageBuilder& b) {
    std::map<std::string, std::vector<std::string>> phases;
    std::vector<std::string> order;
    for (const auto& m : b.ctx().corpus.measures) {
        if (m.phase.empty()) { continue; }
        if (!phases.count(m.phase)) { order.push_back(m.phase); }
        phases[m.phase].push_back(b.code_link(m.code));
    }
    auto items =
        PageBuilder::items(order, [&](const std::string& p) { return html_escape(p) + ": " + join(phases[p], ", "); });
    return items.empty() ? ""
                         : PageBuilder::list(items) + gap_html(b.ctx().config.edition, review_text::k_road_map_gap);
}

}  // namespace

PageView workplan_page(const RenderContext& ctx) {
    PageBuilder b(ctx, url::workplan(), "2. pielikums", "Darba plāns");
    if (const LivePage* plan = live_page_showing(ctx.corpus, "plan")) { b.crumb(plan->title, url::page(plan->slug)); }
    b.section("Laika grafiks", "<div class=\"table-wrap\" tabindex=\"0\" role=\"region\" aria-label=\"Laika grafiks\">" +
                                   gantt_svg(b) + "</div>", "laika-grafiks");
    b.section("Ceļa karte", road_map(b), "cela-karte");
    b.section("Tabula", workplan_table(b), "tabula");
    return b.take();
}

}  // namespace pvpp
