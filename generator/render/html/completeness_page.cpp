// "Satura pilnīgums": what the corpus holds and what is still missing, for the
// maintainer who asks the ministry for the rest.
#include <algorithm>

#include "model/record_kinds.h"
#include "render/common/edition.h"
#include "render/common/urls.h"
#include "render/html/entity_pages.h"
#include "render/html/page_builder.h"
#include "util/text.h"
#include "validate/completeness.h"

namespace pvpp {
namespace {

const char* state_cell(SectionState s) {
    switch (s) {
        case SectionState::written: return "<td class=\"state written\" title=\"aprakstīta\">✓</td>";
        case SectionState::partial: return "<td class=\"state partial\" title=\"daļēji\">◐</td>";
        case SectionState::derived: return "<td class=\"state derived\" title=\"atvasināta no datiem\">↻</td>";
        case SectionState::missing: return "<td class=\"state missing\" title=\"nav aprakstīta\">–</td>";
    }
    return "<td></td>";
}

std::string summary_table(const Completeness& c) {
    std::string html = "<table><thead><tr><th>Veids</th><th>Skaits</th><th>Piezīmes</th></tr></thead><tbody>";
    for (const auto& row : c.rows) {
        html += "<tr><td>" + html_escape(row.label) + "</td><td>" + std::to_string(row.count) + "</td><td>" +
                html_escape(row.detail) + "</td></tr>";
    }
    return html + "</tbody></table>";
}

std::string card_table(const PageBuilder& b) {
    std::string html = "<table class=\"sections\"><thead><tr><th>Uzdevums</th>";
    for (int i = 1; i <= 8; ++i) { html += "<th>" + std::to_string(i) + ".</th>"; }
    html += "<th>Matricas nolasījuma ticamība</th><th>Secinātas šūnas</th></tr></thead><tbody>";
    for (const auto& t : b.ctx().corpus.tasks) {
        const TaskCard* card = b.ctx().index.card_of(t.code);
        html += "<tr><td>" + b.code_link(t.code) + "</td>";
        for (std::size_t i = 0; i < 8; ++i) { html += state_cell(section_state(t, card, i)); }
        auto inferred = std::count_if(t.matrix.begin(), t.matrix.end(), [](const auto& c) { return c.inferred; });
        html += "<td>" + std::string(confidence_label(t.confidence)) + "</td><td>" + std::to_string(inferred) + " no " +
                std::to_string(t.matrix.size()) + "</td></tr>";
    }
    return html + "</tbody></table><p class=\"legend\">✓ aprakstīta · ◐ daļēji · ↻ atvasināta no datiem · – nav aprakstīta</p>";
}

std::string unknown_schedules(const PageBuilder& b) {
    std::vector<std::string> items;
    auto add = [&](const std::string& label, const Schedule& s) {
        std::vector<std::string> unknown;
        if (!s.start) { unknown.push_back("sākums"); }
        if (!s.end) { unknown.push_back("beigas"); }
        if (!s.duration_days) { unknown.push_back("ilgums"); }
        if (!s.done_percent) { unknown.push_back("izpilde"); }
        if (!unknown.empty()) { items.push_back(label + ": " + html_escape(join(unknown, ", "))); }
    };
    for (const auto& l : b.ctx().corpus.lines) { add(b.code_link(l.code), l.schedule); }
    for (const auto& m : b.ctx().corpus.measures) {
        add(b.code_link(m.code), m.schedule);
        for (const auto& a : m.activities) { add(b.code_link(m.code) + " " + html_escape(a.name), a.schedule); }
    }
    return PageBuilder::list(items);
}

std::string undefined_terms(const PageBuilder& b) {
    return PageBuilder::list_of(b.ctx().corpus.terms, [&](const Term& t) {
        return t.definition.empty() ? b.link(t.name, url::of(EntityKind::term, t.id)) : "";
    });
}

std::string inferred_codes(const PageBuilder& b) {
    return PageBuilder::list_of(b.ctx().corpus.capabilities, [&](const Capability& c) {
        return c.inferred ? b.link(c.code + " " + c.name, url::capability(c)) : "";
    });
}

std::string provenance_table(const Completeness& c) {
    // A record counts once for itself and once for each field whose source differs: more than its records.
    std::string html =
        "<p>Skaitīti avota apgalvojumi: katram ierakstam viens, un vēl pa vienam katram tā laukam, "
        "kura avots vai statuss atšķiras.</p><table><thead><tr><th>Veids</th><th>apstiprināti</th>"
        "<th>secināti</th><th>avotos nav</th><th>bez avota</th></tr></thead><tbody>";
    for (const auto& n : c.provenance) {
        html += "<tr><td>" + html_escape(record_kind(n.kind).plural) + "</td><td>" + std::to_string(n.confirmed) +
                "</td><td>" + std::to_string(n.inferred) + "</td><td>" + std::to_string(n.unknown) + "</td><td>" +
                std::to_string(n.unmarked) + "</td></tr>";
    }
    return html + "</tbody></table>";
}

// The editor's list: every value to confirm with the ministry, where it is and how it was read.
std::string worklist(const Completeness& c) {
    return PageBuilder::list_of(c.worklist, [](const auto& w) {
        std::string what = html_escape(std::string(record_kind(w.record.kind).singular) + " " + w.record.id) +
                           (w.field.empty() ? "" : " · " + html_escape(field_title(w.record.kind, w.field)));
        return what + ": " + html_escape(provenance_text(w.provenance)) + " <span class=\"where\">(" +
               html_escape(w.provenance.loc.file) + ":" + std::to_string(w.provenance.loc.line) + ")</span>";
    });
}

}  // namespace

PageView completeness_page(const RenderContext& ctx) {
    PageBuilder b(ctx, url::completeness(), review_text::k_maintainer, review_text::k_completeness);
    Completeness c = assess_completeness(ctx.corpus, ctx.index);
    b.section("Kopsavilkums", summary_table(c), "kopsavilkums");
    b.section("Uzdevumu kartīšu sadaļas un atbildības matrica", card_table(b), "kartites");
    b.section("Darba plāns: nezināmās vērtības", unknown_schedules(b), "darba-plans");
    b.section("Jēdzieni bez definīcijas", undefined_terms(b), "jedzieni");
    b.section("Spējas un resursi ar secinātu kodu", inferred_codes(b), "spejas");
    b.section("Avoti un statuss", provenance_table(c), "avoti");
    b.section("Jāapstiprina ministrijā: secinātās, avotos nedotās un bez avota vērtības", worklist(c), "jaapstiprina");
    return b.take();
}

}  // namespace pvpp
