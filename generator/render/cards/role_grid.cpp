#include "render/cards/role_grid.h"

#include <algorithm>

#include "render/common/urls.h"
#include "util/text.h"

namespace pvpp {
namespace {

bool has_ref(const std::vector<Ref>& refs, const std::string& id) {
    return std::any_of(refs.begin(), refs.end(), [&](const Ref& r) { return r.id == id; });
}

std::string entry_html(const CardLinks& links, const GridEntry& e) {
    std::string cls = e.highlight ? "role role-on" : "role";
    return "<div class=\"" + cls + "\">" + entry_badge(e) +
           links.link(e.role->name, url::of(EntityKind::role, e.role->id)) + "</div>";
}

std::string cell_html(const CardLinks& links, const std::vector<GridEntry>& entries, const Axis& level,
                      const Axis& scale) {
    std::string html;
    for (const auto& e : entries) {
        if (has_ref(e.role->levels, level.id) && has_ref(e.role->scales, scale.id)) { html += entry_html(links, e); }
    }
    return "<td>" + html + "</td>";
}

}  // namespace

std::string entry_badge(const GridEntry& e) {
    if (e.badge.empty()) { return ""; }
    return "<span class=\"letter letter-" + html_escape(e.badge) + "\">" + html_escape(e.badge) + "</span>" +
           (e.inferred ? inferred_sign() : "") + " ";
}

std::string role_grid_html(const CardLinks& links, const std::vector<GridEntry>& entries) {
    const Corpus& corpus = links.ctx().corpus;
    std::string html = "<table class=\"grid\"><thead><tr><th></th>";
    for (const auto& s : corpus.scales) {
        html += "<th scope=\"col\">" + html_escape(s.name) + "<small>" + html_escape(s.scope) + "</small></th>";
    }
    html += "</tr></thead><tbody>";
    for (const auto& l : corpus.levels) {
        html += "<tr><th scope=\"row\">" + html_escape(l.name) + "</th>";
        for (const auto& s : corpus.scales) { html += cell_html(links, entries, l, s); }
        html += "</tr>";
    }
    return html + "</tbody></table>";
}

std::string stage_involvement_html(const CardLinks& links, const std::vector<Ref>& stages) {
    const Corpus& corpus = links.ctx().corpus;
    std::string html = "<div class=\"stages\">";
    std::string group;
    for (const auto& s : corpus.stages) {
        if (s.group != group) {
            html += std::string(group.empty() ? "" : "</ol>") + "<h4>" +
                    (s.group == "politikas" ? "Politikas līmenis" : "Pamatdarbības un nodrošinājuma līmenis") +
                    "</h4><ol>";
            group = s.group;
        }
        bool on = has_ref(stages, s.id);
        html += std::string("<li class=\"") + (on ? "stage stage-on" : "stage") + "\">" +
                links.link(s.name, url::of(EntityKind::stage, s.id)) + (on ? " <span class=\"mark\">✔</span>" : "") +
                "</li>";
    }
    html += group.empty() ? "" : "</ol>";
    if (stages.empty()) {
        html += gap_html(links.ctx().config.edition, "Kuros posmos uzdevums iesaistīts, avotos nav norādīts.", "note");
    }
    return html + "</div>";
}

}  // namespace pvpp
