#include <algorithm>
#include "validate/completeness.h"

#include <cstdio>

#include "model/record_kinds.h"
#include "util/message.h"
#include "util/utf8.h"

namespace pvpp {

SectionState section_state(const Task& task, const TaskCard* card, std::size_t i) {
    if (card) {
        switch (card->heads()[i]->status) {
            case SectionStatus::written: return SectionState::written;
            case SectionStatus::partial: return SectionState::partial;
            case SectionStatus::missing: break;
        }
    }
    // Without prose, section 2 follows from the matrix and section 4 from the related tasks.
    if (i == 1 && !task.matrix.empty()) { return SectionState::derived; }
    if (i == 3 && !task.related.empty()) { return SectionState::derived; }
    return SectionState::missing;
}

namespace {

std::string count_text(int n, const char* what) { return std::to_string(n) + " " + what; }

void assess_cards(const Corpus& corpus, const CorpusIndex& index, Completeness& c) {
    for (const auto& t : corpus.tasks) {
        const TaskCard* card = index.card_of(t.code);
        for (std::size_t i = 0; i < 8; ++i) {
            switch (section_state(t, card, i)) {
                case SectionState::written: ++c.sections_written; break;
                case SectionState::partial: ++c.sections_partial; break;
                case SectionState::derived: ++c.sections_derived; break;
                case SectionState::missing: ++c.sections_missing; break;
            }
        }
        for (const auto& cell : t.matrix) {
            ++c.cells;
            c.cells_inferred += cell.inferred ? 1 : 0;
        }
    }
}

template <typename T, typename Pred>
int count_if(const std::vector<T>& v, Pred p) {
    return static_cast<int>(std::count_if(v.begin(), v.end(), p));
}

int unknown_dates(const Corpus& corpus) {
    int n = 0;
    auto add = [&](const Schedule& s) { n += (s.start ? 0 : 1) + (s.end ? 0 : 1); };
    for (const auto& l : corpus.lines) { add(l.schedule); }
    for (const auto& m : corpus.measures) {
        add(m.schedule);
        for (const auto& a : m.activities) { add(a.schedule); }
    }
    return n;
}

int record_count(const Corpus& corpus, EntityKind kind) {
    int n = 0;
    visit_records(corpus, kind, [&](const RecordView&) { ++n; });
    return n;
}

int flagless(const std::vector<CatalogueItem>& items) {
    return count_if(items, [](const CatalogueItem& x) { return x.flag.empty(); });
}

std::vector<CompletenessRow> task_rows(const Corpus& k, const Completeness& c) {
    int no_matrix = count_if(k.tasks, [](const Task& t) { return t.matrix.empty(); });
    int always_unknown = count_if(k.tasks, [](const Task& t) { return !t.always.has_value(); });
    return {{"uzdevumi", static_cast<int>(k.tasks.size()),
             std::to_string(c.cells_inferred) + " no " + std::to_string(c.cells) + " matricas šūnām secinātas; " +
                 count_text(no_matrix, "bez matricas") + "; " +
                 count_text(always_unknown, "ar nezināmu \"vienmēr veicams\"")},
            {"uzdevumu kartītes", static_cast<int>(k.cards.size()),
             "sadaļas: " + count_text(c.sections_written, "aprakstītas") + ", " +
                 count_text(c.sections_partial, "daļēji") + ", " +
                 count_text(c.sections_derived, "atvasinātas no datiem") + ", " +
                 count_text(c.sections_missing, "nav aprakstītas")}};
}

// Capabilities (S…) and resources (R…) share a kind but are counted apart.
std::vector<CompletenessRow> capability_rows(const Corpus& k) {
    std::vector<CompletenessRow> rows;
    for (bool resource : {false, true}) {
        int n = count_if(k.capabilities, [&](const Capability& x) { return x.resource == resource; });
        int inferred = count_if(k.capabilities, [&](const Capability& x) { return x.resource == resource && x.inferred; });
        rows.push_back({resource ? "resursi" : "spējas", n, count_text(inferred, "ar secinātu kodu")});
    }
    return rows;
}

std::string measure_detail(const Corpus& k) {
    int continuation_unknown = count_if(k.measures, [](const Measure& m) { return !m.after_2027.has_value(); });
    return count_text(unknown_dates(k), "nezināmi datumi darba plānā") + "; " +
           count_text(continuation_unknown, "ar nezināmu \"turpinās pēc 2027\"");
}

// A kind's rows: its count under its plural, and what is still missing in it. The switch is
// exhaustive, so a new shipped kind cannot be left out; registered kinds get the plain row.
std::vector<CompletenessRow> kind_rows(const Corpus& k, EntityKind kind, const Completeness& c) {
    using K = EntityKind;
    CompletenessRow row{record_kind(kind).plural, record_count(k, kind), ""};
    switch (kind) {
        case K::term:
            row.detail = count_text(count_if(k.terms, [](const Term& t) { return t.definition.empty(); }), "bez definīcijas");
            break;
        case K::principle: row.label = "vispārējie principi"; break;
        case K::stage:
            row.detail = count_text(count_if(k.stages, [](const Stage& s) { return s.group == "politikas"; }),
                                    "politikas līmenī");
            break;
        case K::task: return task_rows(k, c);
        case K::capability: return capability_rows(k);
        case K::competence: row.detail = count_text(flagless(k.competences), "bez pazīmes"); break;
        case K::technology: row.detail = count_text(flagless(k.technologies), "bez pazīmes"); break;
        case K::measure: row.detail = measure_detail(k); break;
        case K::institution_group: row.detail = count_text(static_cast<int>(k.exclusions.size()), "izņēmumi"); break;
        case K::live_page: return {};  // the site's settings: nothing for an editor to complete
        case K::scale: case K::level: case K::role: case K::condition_group: case K::condition: case K::line:
        case K::page: break;
    }
    return {row};
}

void count(ProvenanceCount& n, Status s) {
    switch (s) {
        case Status::confirmed: ++n.confirmed; break;
        case Status::inferred: ++n.inferred; break;
        case Status::unknown: ++n.unknown; break;
        case Status::unmarked: ++n.unmarked; break;
    }
}

// Each statement counted under its kind; the ones not confirmed go on the editor's list.
void assess_provenance(const Corpus& corpus, Completeness& c) {
    visit_provenance(corpus, [&](EntityKind kind, const EntityKey& key, const Sourced& r) {
        if (c.provenance.empty() || c.provenance.back().kind != kind) { c.provenance.push_back({kind}); }
        if (kind == EntityKind::page && key.id == k_editors_guide) { return; }  // the tool's help, not policy
        auto add = [&](const std::string& field, const Provenance& s) {
            count(c.provenance.back(), s.status);
            if (s.status != Status::confirmed) { c.worklist.push_back({key, field, s}); }
        };
        add("", r.provenance.record);
        for (const auto& f : r.provenance.fields) { add(f.field, f.provenance); }
    });
}

}  // namespace

Completeness assess_completeness(const Corpus& corpus, const CorpusIndex& index) {
    Completeness c;
    assess_cards(corpus, index, c);
    for (const auto& k : record_kinds()) {
        for (auto& row : kind_rows(corpus, k.kind, c)) { c.rows.push_back(std::move(row)); }
    }
    assess_provenance(corpus, c);
    return c;
}

std::vector<std::string> completeness_lines(const Completeness& c) {
    std::vector<std::string> lines;
    for (const auto& row : c.rows) {
        char count[16];
        std::snprintf(count, sizeof count, "%5d", row.count);
        std::string label = row.label;
        std::size_t width = count_code_points(label);  // so that the Latvian labels line up
        label += std::string(width < 24 ? 24 - width : 1, ' ');
        lines.push_back("  " + label + count + (row.detail.empty() ? "" : "  (" + row.detail + ")"));
    }
    ProvenanceCount total;
    for (const auto& n : c.provenance) {
        total.confirmed += n.confirmed;
        total.inferred += n.inferred;
        total.unknown += n.unknown;
        total.unmarked += n.unmarked;
    }
    lines.push_back(fill(_("  sources: {1} confirmed, {2} inferred, {3} unknown, {4} with no source "
                           "({5} to confirm: lv/satura-pilnigums/#avoti)"),
                         {std::to_string(total.confirmed), std::to_string(total.inferred), std::to_string(total.unknown),
                          std::to_string(total.unmarked), std::to_string(c.worklist.size())}));
    return lines;
}

}  // namespace pvpp
