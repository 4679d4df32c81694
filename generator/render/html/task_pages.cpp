// A page per task: its record, its responsibility row, and its eight card sections.
#include <algorithm>

#include "model/anchors.h"
#include "model/card_sections.h"
#include "render/common/urls.h"
#include "render/html/entity_pages.h"
#include "render/html/page_builder.h"
#include "util/slug.h"
#include "util/text.h"
#include "validate/completeness.h"

namespace pvpp {
namespace {

// Cells in role order (1. loma … 10. loma), whatever order the file lists them in.
std::vector<const MatrixCell*> cells_by_role(const PageBuilder& b, const Task& t) {
    const CorpusIndex& index = b.ctx().index;
    std::vector<const MatrixCell*> cells;
    for (const auto& c : t.matrix) {
        if (index.has(EntityKind::role, c.role.id)) { cells.push_back(&c); }
    }
    std::ranges::sort(cells, {}, [&](auto* c) { return index.find<Role>(EntityKind::role, c->role.id)->number; });
    return cells;
}

std::string matrix_row(const PageBuilder& b, const Task& t) {
    return PageBuilder::list_of(cells_by_role(b, t), [&](const MatrixCell* c) -> std::string {
        if (c->inferred && !shows_inferred(b.ctx().config.edition)) { return ""; }  // not shown as a fact
        return letter_badge(c->letter) + " " + name_link(b, {EntityKind::role, c->role.id}) + inferred_mark(*c);
    });
}

std::string ref_list(const PageBuilder& b, const std::vector<Ref>& refs) {
    return PageBuilder::list_of(refs, [&](const Ref& r) {
        std::string name;
        if (auto* t = b.ctx().index.find<Task>(EntityKind::task, r.id)) { name = t->name; }
        if (auto* c = b.ctx().index.find<Condition>(EntityKind::condition, r.id)) { name = c->name; }
        return b.code_link(r.id) + (name.empty() ? "" : " " + html_escape(name));
    });
}

std::string catalogue_list(const PageBuilder& b, const std::vector<Ref>& refs, EntityKind kind) {
    return PageBuilder::list_of(refs, [&](const Ref& r) -> std::string {
        auto* item = b.ctx().index.find<CatalogueItem>(kind, r.id);
        if (!item) { return ""; }
        std::string flag = item->flag.empty() ? "" : " <span class=\"flag\">(" + html_escape(item->flag) + ")</span>";
        return name_link(b, {kind, r.id}) + flag;
    });
}

std::string part(const PageBuilder& b, const char* heading, const Text& text) {
    return text.empty() ? "" : "<h3>" + std::string(heading) + "</h3>" + b.md(text);
}

std::string duties_html(const PageBuilder& b, const Task& t, const TaskCard& c) {
    std::string html = b.md(c.duties.notes);
    for (const auto& d : c.duties.roles) {
        auto* role = b.ctx().index.find<Role>(EntityKind::role, d.role.id);
        if (!role) { continue; }
        auto cell =
            std::find_if(t.matrix.begin(), t.matrix.end(), [&](const auto& m) { return m.role.id == d.role.id; });
        bool shown = cell != t.matrix.end() && (!cell->inferred || shows_inferred(b.ctx().config.edition));
        std::string badge = shown ? letter_badge(cell->letter) + " " : "";  // an inferred letter is no fact
        html += "<h3>" + badge + b.link(role->name, url::of(EntityKind::role, d.role.id)) + "</h3>" + b.md(d.text);
    }
    return html;
}

std::string guidance_html(const PageBuilder& b, const TaskCard& c) {
    std::string list = PageBuilder::list_of(c.guidance.reading, [](const std::string& r) { return html_escape(r); });
    return part(b, "Veicamās darbības", c.guidance.actions) + part(b, "Vispārēja informācija", c.guidance.general) +
           part(b, "Kam ir jāpievērš īpaša uzmanība", c.guidance.attention) +
           (list.empty() ? "" : "<h3>Papildu informācija</h3>" + list);
}

std::vector<std::string> section_bodies(const PageBuilder& b, const Task& t, const TaskCard& c) {
    std::string stages = linked_names(b, EntityKind::stage, c.scope.stages);
    return {
        part(b, "Rezultāts", c.result.result) + part(b, "Ja uzdevums tiek veikts", c.result.benefits) +
            part(b, "Ja uzdevums netiek veikts", c.result.threats),
        b.md(c.scope.notes) + (stages.empty() ? "" : "<p>Iesaiste posmos: " + stages + "</p>"),
        duties_html(b, t, c),
        ref_list(b, c.related.tasks) + b.md(c.related.notes),
        ref_list(b, c.conditions.conditions) + b.md(c.conditions.notes),
        part(b, "Procesi", c.capabilities.processes) +
            catalogue_list(b, c.capabilities.competences, EntityKind::competence) + b.md(c.capabilities.notes),
        part(b, "Informācija", c.resources.information) +
            catalogue_list(b, c.resources.technologies, EntityKind::technology) + b.md(c.resources.notes),
        guidance_html(b, c),
    };
}

// Sections 2 and 4 are made from the matrix and the related tasks when no prose exists:
// the review edition shows them as derived; the public one leaves them out (the
// record's fields above already say the same).
std::string derived_body(const PageBuilder& b, const Task& t, std::size_t i, Edition e) {
    std::string note = gap_html(e, review_text::k_derived);
    if (note.empty()) { return ""; }
    if (i == 1) { return note + matrix_row(b, t); }
    if (i == 3) { return note + ref_list(b, t.related); }
    return gap_html(e, review_text::k_section_gap);
}

// "" when the edition shows nothing of the section (PageBuilder then leaves it out).
std::string section_body(const PageBuilder& b, const Task& t, const TaskCard* card, std::size_t i,
                         const std::string& written) {
    Edition e = b.ctx().config.edition;
    switch (section_state(t, card, i)) {
        case SectionState::written:
            return written.empty() ? gap_html(e, review_text::k_section_gap) : written;
        case SectionState::partial:
            return gap_html(e, review_text::k_partial) + written;
        case SectionState::derived:
            return derived_body(b, t, i, e);
        case SectionState::missing:
            break;
    }
    return gap_html(e, review_text::k_section_gap);
}

void card_sections(PageBuilder& b, const Task& t, const TaskCard* card) {
    const auto& sections = pvpp::card_sections();
    std::vector<std::string> bodies = card ? section_bodies(b, t, *card) : std::vector<std::string>(8);
    for (std::size_t i = 0; i < sections.size(); ++i) {
        b.section(std::to_string(i + 1) + ". " + sections[i].title, section_body(b, t, card, i, bodies[i]),
                  "sadala-" + std::to_string(i + 1));
    }
}

PageView task_page(const RenderContext& ctx, const Task& t) {
    PageBuilder b(ctx, url::of(EntityKind::task, t.code), "Pakalpojumu pārvaldības uzdevums", t.name);
    record_header(b, {EntityKind::task, t.code}, t.provenance);
    b.field("Prakse", html_escape(t.practice));
    b.field("Līmenis", task_group_name(t.group()));
    if (t.always) { b.field("Vienmēr veicams", *t.always ? "jā" : "nē"); }
    b.field("Atbildība (A – atbildīga, L – līdzatbildīga)", matrix_row(b, t));
    Edition e = ctx.config.edition;
    b.field("Tieši saistītie uzdevumi", ref_list(b, shown_refs(e, t.provenance, "related", t.related)) +
                                            (t.related.empty() ? "" : provenance_mark(e, t.provenance, "related")));
    card_sections(b, t, ctx.index.card_of(t.code));
    backlinks_section(b, {EntityKind::task, t.code});
    return b.take();
}

}  // namespace

std::string letter_badge(char letter) {
    return "<span class=\"letter letter-" + std::string(1, letter) + "\">" + letter + "</span>";
}

std::string inferred_mark(const MatrixCell& cell) { return cell.inferred ? " " + inferred_sign() : ""; }

std::vector<PageView> task_pages(const RenderContext& ctx) {
    std::vector<PageView> pages;
    for (const auto& t : ctx.corpus.tasks) { pages.push_back(task_page(ctx, t)); }
    return pages;
}

}  // namespace pvpp
