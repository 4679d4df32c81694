// The responsibility matrix: 32 tasks × 10 roles in one table, with filters that
// matrix.js brings to life (docs/site-contracts.md holds the DOM it relies on).
#include <algorithm>

#include "render/common/urls.h"
#include "render/html/entity_pages.h"
#include "render/html/page_builder.h"
#include "util/text.h"

namespace pvpp {
namespace {

using Roles = std::vector<const Role*>;

// Columns follow the role numbers, whatever order roles.toml lists them in.
Roles roles_by_number(const Corpus& c) {
    Roles roles;
    for (const auto& r : c.roles) { roles.push_back(&r); }
    std::sort(roles.begin(), roles.end(), [](const Role* x, const Role* y) { return x->number < y->number; });
    return roles;
}

std::string attr(const std::string& name, const std::string& value) {
    return " " + name + "=\"" + html_escape(value) + "\"";
}

std::string header_row(const PageBuilder& b, const Roles& roles) {
    std::string html = "<thead><tr><th scope=\"col\" class=\"corner\">Uzdevums</th>";
    for (const Role* r : roles) {
        html += "<th scope=\"col\"" + attr("id", url::matrix_role_anchor(r->id)) + attr("data-role", r->id) +
                "><span class=\"role-num\">" + std::to_string(r->number) + ".</span> <span class=\"role-name\">" +
                b.link(r->name, url::of(EntityKind::role, r->id)) + "</span></th>";
    }
    return html + "</tr></thead>";
}

// An inferred cell is left empty in the public edition; the legend counts them.
std::string cell(const Task& t, const Role& r, Edition e) {
    auto c = std::find_if(t.matrix.begin(), t.matrix.end(), [&](const MatrixCell& m) { return m.role.id == r.id; });
    if (c == t.matrix.end() || (c->inferred && !shows_inferred(e))) { return "<td" + attr("data-role", r.id) + "></td>"; }
    std::string badge = letter_badge(c->letter);
    if (!c->inferred) { return "<td" + attr("data-role", r.id) + ">" + badge + "</td>"; }
    return "<td class=\"inferred\"" + attr("data-role", r.id) + " title=\"" + review_text::k_inferred_title + "\">" + badge +
           "<span class=\"mark\">?</span></td>";
}

std::string task_row(const PageBuilder& b, const Task& t, const Roles& roles) {
    std::string html = "<tr" + attr("data-task", t.code) + attr("data-level", std::to_string(t.group())) +
                       "><th scope=\"row\">" + b.code_link(t.code) + " <span class=\"task-name\">" +
                       html_escape(t.name) + "</span></th>";
    for (const Role* r : roles) { html += cell(t, *r, b.ctx().config.edition); }
    return html + "</tr>";
}

// One <tbody> per level group, so zebra stripes restart under each group header.
std::string group_body(const PageBuilder& b, int group, const Roles& roles) {
    std::string rows;
    for (const auto& t : b.ctx().corpus.tasks) {
        if (t.group() == group) { rows += task_row(b, t, roles); }
    }
    if (rows.empty()) { return ""; }
    return "<tbody><tr class=\"group\"><th scope=\"rowgroup\" colspan=\"" + std::to_string(roles.size() + 1) +
           "\"><span>" + task_group_name(group) + "</span></th></tr>" + rows + "</tbody>";
}

std::string option(const std::string& value, const std::string& label) {
    return "<option" + attr("value", value) + ">" + html_escape(label) + "</option>";
}

// Hidden until matrix.js runs: without a script the selects could not filter anything.
std::string filters(const Roles& roles) {
    std::string html = "<div class=\"matrix-filters\" id=\"matrix-filters\" hidden>"
                       "<p><label for=\"filter-level\">Līmenis</label><select id=\"filter-level\">" +
                       option("", "Visi līmeņi");
    for (int g = 1; g <= 3; ++g) { html += option(std::to_string(g), task_group_name(g)); }
    html += "</select></p><p><label for=\"filter-role\">Loma (A vai L)</label><select id=\"filter-role\">" +
            option("", "Visas lomas");
    for (const Role* r : roles) { html += option(r->id, std::to_string(r->number) + ". " + r->name); }
    return html + "</select></p><p id=\"matrix-count\" aria-live=\"polite\"></p></div>";
}

std::string table(const PageBuilder& b, const Roles& roles) {
    std::string html = "<div class=\"matrix-wrap\" tabindex=\"0\" role=\"region\" "
                       "aria-label=\"Atbildības matrica, ritināma tabula\"><table id=\"matrix\">"
                       "<caption>Uzdevumi rindās, lomas kolonnās: A – atbildīgā loma, L – līdzatbildīgā loma"
                       "</caption>" +
                       header_row(b, roles);
    for (int g = 1; g <= 3; ++g) { html += group_body(b, g, roles); }
    return html + "</table></div>";
}

// The review edition marks inferred cells; the public one says how many are left empty.
std::string legend(const Corpus& corpus, Edition e) {
    std::string html = "<ul class=\"matrix-legend\">"
                       "<li><span class=\"letter letter-A\">A</span> – atbildīgā loma</li>"
                       "<li><span class=\"letter letter-L\">L</span> – līdzatbildīgā loma</li>";
    if (shows_inferred(e)) {
        return html + "<li><span class=\"inferred\">?</span> – secināts no " + review_text::k_ocr_reading + ", " +
               "nav apstiprināts</li></ul>";
    }
    std::size_t open = 0;
    for (const auto& t : corpus.tasks) {
        open += std::count_if(t.matrix.begin(), t.matrix.end(), [](const MatrixCell& c) { return c.inferred; });
    }
    if (open == 0) { return html + "</ul>"; }
    return html + "</ul><p class=\"matrix-open\">" + cells_being_confirmed(open) + "</p>";
}

// "vidēja – PU2-1, PU2-2": the rows read with one confidence, "" when none.
std::string rows_with(const PageBuilder& b, const std::string& confidence) {
    auto codes = PageBuilder::items(
        b.ctx().corpus.tasks, [&](const Task& t) { return t.confidence == confidence ? b.code_link(t.code) : ""; });
    return codes.empty() ? "" : std::string(confidence_label(confidence)) + " – " + join(codes, ", ");
}

// Rows read with less than high confidence, so readers know which marks to doubt:
// a line by confidence, then each row's reading note.
std::string confidence_notes(const PageBuilder& b) {
    std::vector<const char*> levels = {"low", "ambiguous", "medium", ""};
    auto summary = PageBuilder::items(levels, [&](const char* level) { return rows_with(b, level); });
    auto items = PageBuilder::items(b.ctx().corpus.tasks, [&](const Task& t) -> std::string {
        if (t.confidence == "high") { return ""; }
        std::string note = t.matrix_note.empty() ? "" : ": " + html_escape(t.matrix_note);
        return b.code_link(t.code) + " – ticamība " + confidence_label(t.confidence) + note;
    });
    if (items.empty() || !shows_inferred(b.ctx().config.edition)) { return ""; }
    return "<p class=\"matrix-confidence\">" + std::string(review_text::k_confidence_lead) + ": " + join(summary, "; ") +
           ".</p><details class=\"matrix-confidence\"><summary>" + review_text::k_row_notes + " (" +
           std::to_string(items.size()) + ")</summary>" + PageBuilder::list(items) + "</details>";
}

// The script path relative to the page, so the site works from file://.
std::string script_tag(const std::string& path) {
    return "<script defer src=\"" + url::root_prefix(path) + "static/matrix.js\"></script>";
}

}  // namespace

PageView matrix_page(const RenderContext& ctx) {
    PageBuilder b(ctx, url::matrix(), "Atbildības matrica",
                  "Pakalpojumu pārvaldības uzdevumi un pienākumi (lomu iesaiste)");
    Roles roles = roles_by_number(ctx.corpus);
    b.section("", filters(roles) + table(b, roles) + legend(ctx.corpus, ctx.config.edition) + confidence_notes(b) + script_tag(url::matrix()),
              "matrica");
    return b.take();
}

}  // namespace pvpp
