// Pages for the work plan (action lines, measures), institution groups and prose pages.
#include <algorithm>

#include "render/common/figure_captions.h"
#include "render/common/urls.h"
#include "render/html/entity_pages.h"
#include "render/html/page_builder.h"
#include "util/text.h"

namespace pvpp {
namespace {

void schedule_fields(PageBuilder& b, const Schedule& s) {
    std::string none = unknown_html(b.ctx().config.edition);
    b.field("Sākums", s.start ? format_date(*s.start) : s.period_from ? format_month(*s.period_from) : none);
    b.field("Beigas", s.end ? format_date(*s.end) : s.period_to ? format_month(*s.period_to) : none);
    b.field("Ilgums", s.duration_days ? std::to_string(*s.duration_days) + " d." : none);
    b.field("Izpilde", s.done_percent ? std::to_string(*s.done_percent) + "%" : none);
}

std::string activities_table(const Measure& m) {
    if (m.activities.empty()) { return ""; }
    std::string html =
        "<table><thead><tr><th>Aktivitāte</th><th>Sākums</th><th>Beigas</th><th>Ilgums</th>"
        "<th>Izpilde</th></tr></thead><tbody>";
    for (const auto& a : m.activities) {
        const Schedule& s = a.schedule;
        html += "<tr><td>" + html_escape(a.name) + "</td><td>" + (s.start ? format_date(*s.start) : "–") + "</td><td>" +
                (s.end ? format_date(*s.end) : "–") + "</td><td>" +
                (s.duration_days ? std::to_string(*s.duration_days) + " d." : "–") + "</td><td>" +
                (s.done_percent ? std::to_string(*s.done_percent) + "%" : "–") + "</td></tr>";
    }
    return html + "</tbody></table>";
}

PageView measure_page(const RenderContext& ctx, const Measure& m) {
    PageBuilder b(ctx, url::of(EntityKind::measure, m.code), "Pasākums", m.name);
    record_header(b, {EntityKind::measure, m.code}, m.provenance);
    b.crumb("Darba plāns", url::workplan());
    b.crumb(m.line_code(), url::of(EntityKind::line, m.line_code()));
    b.field("Rīcības virziens", b.code_link(m.line_code()));
    schedule_fields(b, m.schedule);
    if (shows_value(b.ctx().config.edition, m.provenance, "responsible") && !m.responsible.empty()) {
        b.field("Atbildīgā institūcija", html_escape(join(m.responsible, ", ")) +
                                             provenance_mark(b.ctx().config.edition, m.provenance, "responsible"));
    }
    b.field("Līdzatbildīgās institūcijas", html_escape(join(m.co_responsible, ", ")));
    b.field("Turpinās pēc 2027. gada",
            !m.after_2027 ? unknown_html(b.ctx().config.edition) : (*m.after_2027 ? "jā" : "nē"));
    b.field("Ceļa kartes posms", html_escape(m.phase));
    b.section("Darbības rezultāts", b.md(m.result));
    b.section("Rezultatīvais rādītājs", b.md(m.indicator));
    b.section("Aktivitātes", activities_table(m));
    backlinks_section(b, {EntityKind::measure, m.code});
    return b.take();
}

PageView line_page(const RenderContext& ctx, const ActionLine& l) {
    PageBuilder b(ctx, url::of(EntityKind::line, l.code), "Rīcības virziens", l.name);
    record_header(b, {EntityKind::line, l.code}, l.provenance);
    b.crumb("Darba plāns", url::workplan());
    schedule_fields(b, l.schedule);
    b.section("Pasākumi", PageBuilder::list_of(ctx.corpus.measures, [&](const Measure& m) {
                  return m.line_code() == l.code ? b.code_link(m.code) + " " + html_escape(m.name) : "";
              }));
    backlinks_section(b, {EntityKind::line, l.code});
    return b.take();
}

PageView institution_page(const RenderContext& ctx, const InstitutionGroup& g) {
    PageBuilder b(ctx, url::of(EntityKind::institution_group, std::to_string(g.number)), "Iestāžu grupa",
                  std::to_string(g.number) + ". " + g.name);
    b.provenance(g.provenance, EntityKind::institution_group);
    auto outside = [&](const std::string& m) {
        return std::any_of(g.outside_work_plan.begin(), g.outside_work_plan.end(),
                           [&](const Ref& r) { return r.id == m; });
    };
    b.field("Attiecināma pakalpojumu pārvaldības politika", g.policy ? "jā" : "nē");
    Edition e = b.ctx().config.edition;
    bool work_plan_known = shows_value(e, g.provenance, "work_plan") && g.work_plan;
    if (work_plan_known) {
        b.field("Attiecināmi darba plāna pasākumi (1. kārta)",
                std::string(*g.work_plan ? "jā" : "nē") + provenance_mark(e, g.provenance, "work_plan"));
    }
    bool outside_known = shows_value(e, g.provenance, "outside_work_plan") && g.work_plan.value_or(false);
    const std::string note = " <span class=\"gap\">(darba plāna pasākumi nav attiecināti)</span>" +
                             provenance_mark(e, g.provenance, "outside_work_plan");
    b.section("Iestādes", PageBuilder::list_of(g.members, [&](const std::string& m) {
                  return html_escape(m) + (outside_known && outside(m) ? note : "");
              }));
    b.section("Piezīmes", b.md(g.notes));
    return b.take();
}

PageView prose_page(const RenderContext& ctx, const Page& p) {
    PageBuilder b(ctx, url::page(p.slug), p.chapter.empty() ? "Lapa" : p.chapter + ". nodaļa", p.title);
    b.provenance(p.provenance, EntityKind::page);
    std::string body = b.md(p.body);
    b.section("", ctx.config.edition == Edition::public_ ? without_orphan_captions(body) : body);
    return b.take();
}

}  // namespace

std::string unknown_html(Edition e, const char* word, const char* otherwise) {
    return shows_gaps(e) ? "<span class=\"gap\">" + std::string(word) + "</span>" : otherwise;
}

std::vector<PageView> plan_pages(const RenderContext& ctx) {
    std::vector<PageView> pages;
    const Corpus& c = ctx.corpus;
    for (const auto& l : c.lines) { pages.push_back(line_page(ctx, l)); }
    for (const auto& m : c.measures) { pages.push_back(measure_page(ctx, m)); }
    for (const auto& g : c.institution_groups) { pages.push_back(institution_page(ctx, g)); }
    for (const auto& p : c.pages) {
        if (shows_maintainer_pages(ctx.config.edition) || !is_maintainer_page(p.slug)) {
            pages.push_back(prose_page(ctx, p));
        }
    }
    return pages;
}

}  // namespace pvpp
