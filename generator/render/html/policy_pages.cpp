// Pages for terms, principles, scales, levels, stages and roles.
#include <algorithm>

#include "model/anchors.h"
#include "render/common/diagrams/diagrams.h"
#include "render/common/urls.h"
#include "render/html/entity_pages.h"
#include "render/html/page_builder.h"
#include "util/slug.h"
#include "util/text.h"

namespace pvpp {
namespace {

PageView term_page(const RenderContext& ctx, const Term& t) {
    PageBuilder b(ctx, url::of(EntityKind::term, t.id), "Jēdziens", t.name);
    b.set_own_term(t.id);
    record_header(b, {EntityKind::term, t.id}, t.provenance);
    Edition e = ctx.config.edition;
    b.section("Definīcija", t.definition.empty() ? gap_html(e, review_text::k_no_definition) : b.md(t.definition));
    b.field("Skatīt arī", PageBuilder::list_of(t.see_also, [&](const Ref& r) {
                return name_link(b, {EntityKind::term, r.id});
            }));
    if (shows_maintainer_pages(e)) { b.field(review_text::k_forms_label, html_escape(join(t.forms, ", "))); }
    backlinks_section(b, {EntityKind::term, t.id});
    return b.take();
}

PageView axis_page(const RenderContext& ctx, const Axis& a, bool scale) {
    PageBuilder b(ctx, url::of(scale ? EntityKind::scale : EntityKind::level, a.id), scale ? "Mērogs" : "Līmenis",
                  a.name);
    b.provenance(a.provenance, scale ? EntityKind::scale : EntityKind::level);
    b.field("Numurs", std::to_string(a.number) + ".");
    b.field("Tvērums", html_escape(a.scope));
    b.section("Apraksts", b.md(a.description));
    b.section("Lomas", PageBuilder::list_of(ctx.corpus.roles, [&](const Role& r) {
                  const auto& refs = scale ? r.scales : r.levels;
                  bool on_axis = std::any_of(refs.begin(), refs.end(), [&](const Ref& x) { return x.id == a.id; });
                  return on_axis ? b.link(std::to_string(r.number) + ". " + r.name, url::of(EntityKind::role, r.id))
                                 : "";
              }));
    return b.take();
}

// The role's duties in one task, from the card's [[duties.role]] when it has one.
std::string role_duties(const PageBuilder& b, const Role& r, const Task& t) {
    if (const TaskCard* card = b.ctx().index.card_of(t.code)) {
        for (const auto& d : card->duties.roles) {
            if (d.role.id == r.id && !d.text.empty()) { return b.md(d.text); }
        }
    }
    return gap_html(b.ctx().config.edition, review_text::k_duties_gap);
}

std::string role_task(const PageBuilder& b, const Role& r, const Task& t, const MatrixCell& c) {
    return "<div class=\"role-task\" data-task=\"" + html_escape(t.code) + "\"><h4>" + letter_badge(c.letter) + " " +
           b.code_link(t.code) + " " + html_escape(t.name) + inferred_mark(c) + "</h4>" + role_duties(b, r, t) +
           "</div>";
}

// The tasks where the role holds `letter`, each with what the role must do there; an
// inferred cell only in the review edition.
std::string role_tasks(const PageBuilder& b, const Role& r, char letter) {
    std::string html;
    bool inferred_too = shows_inferred(b.ctx().config.edition);
    for (const auto& t : b.ctx().corpus.tasks) {
        for (const auto& c : t.matrix) {
            if (c.inferred && !inferred_too) { continue; }
            if (c.role.id == r.id && c.letter == letter) { html += role_task(b, r, t, c); }
        }
    }
    return html;
}

bool has_inferred(const Corpus& c, const Role& r) {
    return std::any_of(c.tasks.begin(), c.tasks.end(), [&](const Task& t) {
        return std::any_of(t.matrix.begin(), t.matrix.end(),
                           [&](const MatrixCell& m) { return m.role.id == r.id && m.inferred; });
    });
}

// "Ko šai lomai jādara": the A tasks, then the L tasks, each with the role's duties.
std::string role_duty_view(const PageBuilder& b, const Role& r) {
    std::string a = role_tasks(b, r, 'A');
    std::string l = role_tasks(b, r, 'L');
    if (a.empty() && l.empty()) { return "<p class=\"gap\">Atbildības matricā šai lomai uzdevumu nav.</p>"; }
    // The role's column header: without script the matrix opens there, with it filtered to the role.
    std::string matrix = html_escape(b.href(url::matrix()) + "#" + url::matrix_role_anchor(r.id));
    bool legend = has_inferred(b.ctx().corpus, r) && shows_inferred(b.ctx().config.edition);
    return (legend ? "<p class=\"legend\">" + inferred_legend() + "</p>" : "") +
           (a.empty() ? "" : "<h3>Uzdevumi, par kuriem loma ir atbildīga (A)</h3>" + a) +
           (l.empty() ? "" : "<h3>Uzdevumi, par kuriem loma ir līdzatbildīga (L)</h3>" + l) + "<p><a href=\"" + matrix +
           "\">Šīs lomas uzdevumi atbildības matricā</a></p>";
}

PageView role_page(const RenderContext& ctx, const Role& r) {
    std::string heading = std::to_string(r.number) + ". loma \"" + r.name + "\"";
    PageBuilder b(ctx, url::of(EntityKind::role, r.id), "Loma", heading);
    record_header(b, {EntityKind::role, r.id}, r.provenance);
    b.section("Loma mērogu un līmeņu shēmā", role_grid_figure(role_grid_svg(b, r.id)), "shema");
    b.section("Lomai atbilstošā iestāde", b.md(r.institution));
    b.section("Lomas vispārējs raksturojums", b.md(r.description));
    b.field("Pārvaldības mērogs", linked_names(b, EntityKind::scale, r.scales));
    b.field("Pārvaldības līmenis", linked_names(b, EntityKind::level, r.levels));
    b.section("Darbības fokuss", b.md(r.focus));
    b.section("Pakalpojumu pārvaldības lomas pienākumu veicēji", PageBuilder::list_of(r.carriers, [](const Carrier& c) {
                  return "<strong>" + html_escape(c.title) + "</strong>" +
                         (c.text.empty() ? "" : " – " + html_escape(c.text));
              }));
    b.section("Noteikumi", PageBuilder::list_of(r.rules, [](const std::string& rule) { return html_escape(rule); }));
    b.section("Ko šai lomai jādara", role_duty_view(b, r), "ko-jadara");
    backlinks_section(b, {EntityKind::role, r.id});
    return b.take();
}

}  // namespace

std::vector<PageView> policy_pages(const RenderContext& ctx) {
    std::vector<PageView> pages;
    const Corpus& c = ctx.corpus;
    for (const auto& t : c.terms) { pages.push_back(term_page(ctx, t)); }
    for (const auto& p : c.principles) {
        PageBuilder b(ctx, url::of(EntityKind::principle, std::to_string(p.number)), "Vispārējais princips", p.name);
        record_header(b, {EntityKind::principle, std::to_string(p.number)}, p.provenance);
        b.field("Numurs", std::to_string(p.number) + ".");
        b.section("Apraksts", b.md(p.description));
        pages.push_back(b.take());
    }
    for (const auto& a : c.scales) { pages.push_back(axis_page(ctx, a, true)); }
    for (const auto& a : c.levels) { pages.push_back(axis_page(ctx, a, false)); }
    for (const auto& s : c.stages) {
        PageBuilder b(ctx, url::of(EntityKind::stage, s.id), "Pārvaldības posms", s.name);
        record_header(b, {EntityKind::stage, s.id}, s.provenance);
        b.field("Līmenis", s.group == "politikas" ? "Politikas līmenis" : "Pamatdarbības un nodrošinājuma līmenis");
        b.field("Kārtas numurs", std::to_string(s.number) + ".");
        pages.push_back(b.take());
    }
    for (const auto& r : c.roles) { pages.push_back(role_page(ctx, r)); }
    return pages;
}

}  // namespace pvpp
