#include "render/cards/role_sheets.h"

#include "render/cards/role_grid.h"
#include "render/common/urls.h"
#include "util/text.h"

namespace pvpp {
namespace {

std::vector<GridEntry> all_roles(const Corpus& corpus, const Role* highlighted) {
    std::vector<GridEntry> entries;
    // With no role to single out (the interaction page), every role is shown in full.
    for (const auto& r : corpus.roles) { entries.push_back({&r, "", !highlighted || &r == highlighted}); }
    return entries;
}

// "Valsts mērogs, Nozares / pašvaldības mērogs" from a role's refs.
std::string axis_names(const CorpusIndex& index, const std::vector<Ref>& refs, EntityKind kind) {
    std::string out;
    for (const auto& r : refs) {
        auto* axis = index.find<Axis>(kind, r.id);
        out += (out.empty() ? "" : ", ") + (axis ? axis->name : r.id);
    }
    return out;
}

std::string axes_html(const CardLinks& links) {
    std::string html = "<div class=\"columns\"><div><h3>Mērogi (horizontāli)</h3><ol>";
    for (const auto& s : links.ctx().corpus.scales) {
        html += "<li>" + links.link(s.name, url::of(EntityKind::scale, s.id)) + " <small>(" + html_escape(s.scope) +
                ")</small></li>";
    }
    html += "</ol></div><div><h3>Līmeņi (vertikāli)</h3><ol>";
    for (const auto& l : links.ctx().corpus.levels) {
        html += "<li>" + links.link(l.name, url::of(EntityKind::level, l.id)) + " – " +
                html_escape(l.description.markdown) + "</li>";
    }
    return html + "</ol></div></div>";
}

void fill_role(const CardLinks& links, const Role& r, ctemplate::TemplateDictionary& d) {
    const auto& index = links.ctx().index;
    d.SetValue("ID", "loma-" + r.id);
    d.SetIntValue("NUMBER", r.number);
    d.SetValue("NAME", r.name);
    d.SetValue("HREF", CardLinks::href(url::of(EntityKind::role, r.id)));
    d.SetValue("INSTITUTION", links.md(r.institution));
    d.SetValue("DESCRIPTION", links.md(r.description));
    d.SetValue("SCALES", axis_names(index, r.scales, EntityKind::scale));
    d.SetValue("LEVELS", axis_names(index, r.levels, EntityKind::level));
    d.SetValue("FOCUS", links.md(r.focus));
    d.SetValue("CARRIERS", carriers_html(r));
    d.SetValue("GRID", role_grid_html(links, all_roles(links.ctx().corpus, &r)));
}

}  // namespace

std::string carriers_html(const Role& role, const std::string& attributes) {
    std::string html;
    for (const auto& c : role.carriers) {
        html += "<p" + attributes + "><strong>" + html_escape(c.title) + ":</strong> " + html_escape(c.text) + "</p>";
    }
    return html;
}

void fill_role_sheets(const CardLinks& links, ctemplate::TemplateDictionary& dict) {
    const Corpus& corpus = links.ctx().corpus;
    dict.SetValue("AXES", axes_html(links));
    dict.SetValue("INTERACTION", role_grid_html(links, all_roles(corpus, nullptr)));
    for (const auto& r : corpus.roles) {
        fill_role(links, r, *dict.AddSectionDictionary("SUMMARY"));
        fill_role(links, r, *dict.AddSectionDictionary("ROLE"));
    }
}

}  // namespace pvpp
