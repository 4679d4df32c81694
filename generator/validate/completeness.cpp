#include <algorithm>
#include "validate/completeness.h"

#include <cstdio>

#include "model/record_kinds.h"
#include "util/message.h"

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
        auto it = index.cards.find(t.code);
        const TaskCard* card = it == index.cards.end() ? nullptr : it->second;
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

void add_policy_rows(const Corpus& k, Completeness& c) {
    c.rows.push_back({"jēdzieni", static_cast<int>(k.terms.size()),
                      count_text(count_if(k.terms, [](const Term& t) { return t.definition.empty(); }), "bez definīcijas")});
    c.rows.push_back({"vispārējie principi", static_cast<int>(k.principles.size()), ""});
    c.rows.push_back({"mērogi", static_cast<int>(k.scales.size()), ""});
    c.rows.push_back({"līmeņi", static_cast<int>(k.levels.size()), ""});
    c.rows.push_back({"posmi", static_cast<int>(k.stages.size()),
                      count_text(count_if(k.stages, [](const Stage& s) { return s.group == "politikas"; }), "politikas līmenī")});
    c.rows.push_back({"lomas", static_cast<int>(k.roles.size()), ""});
}

void add_task_rows(const Corpus& k, Completeness& c) {
    int no_matrix = count_if(k.tasks, [](const Task& t) { return t.matrix.empty(); });
    int always_unknown = count_if(k.tasks, [](const Task& t) { return !t.always.has_value(); });
    c.rows.push_back({"uzdevumi", static_cast<int>(k.tasks.size()),
                      std::to_string(c.cells_inferred) + " no " + std::to_string(c.cells) +
                          " matricas šūnām secinātas; " + count_text(no_matrix, "bez matricas") + "; " +
                          count_text(always_unknown, "ar nezināmu \"vienmēr veicams\"")});
    c.rows.push_back({"uzdevumu kartītes", static_cast<int>(k.cards.size()),
                      "sadaļas: " + count_text(c.sections_written, "aprakstītas") + ", " +
                          count_text(c.sections_partial, "daļēji") + ", " +
                          count_text(c.sections_derived, "atvasinātas no datiem") + ", " +
                          count_text(c.sections_missing, "nav aprakstītas")});
}

void add_other_rows(const Corpus& k, Completeness& c) {
    c.rows.push_back({"nosacījumu grupas", static_cast<int>(k.condition_groups.size()), ""});
    c.rows.push_back({"nosacījumi", static_cast<int>(k.conditions.size()), ""});
    int caps = count_if(k.capabilities, [](const Capability& x) { return !x.resource; });
    c.rows.push_back({"spējas", caps, count_text(count_if(k.capabilities, [](const Capability& x) {
                                                     return !x.resource && x.inferred; }), "ar secinātu kodu")});
    c.rows.push_back({"resursi", static_cast<int>(k.capabilities.size()) - caps,
                      count_text(count_if(k.capabilities, [](const Capability& x) { return x.resource && x.inferred; }),
                                 "ar secinātu kodu")});
    c.rows.push_back({"kompetences", static_cast<int>(k.competences.size()),
                      count_text(count_if(k.competences, [](const CatalogueItem& x) { return x.flag.empty(); }), "bez pazīmes")});
    c.rows.push_back({"digitālās tehnoloģijas", static_cast<int>(k.technologies.size()),
                      count_text(count_if(k.technologies, [](const CatalogueItem& x) { return x.flag.empty(); }), "bez pazīmes")});
    c.rows.push_back({"rīcības virzieni", static_cast<int>(k.lines.size()), ""});
    int continuation_unknown = count_if(k.measures, [](const Measure& m) { return !m.after_2027.has_value(); });
    c.rows.push_back({"pasākumi", static_cast<int>(k.measures.size()),
                      count_text(unknown_dates(k), "nezināmi datumi darba plānā") + "; " +
                          count_text(continuation_unknown, "ar nezināmu \"turpinās pēc 2027\"")});
    c.rows.push_back({"iestāžu grupas", static_cast<int>(k.institution_groups.size()),
                      count_text(static_cast<int>(k.exclusions.size()), "izņēmumi")});
    c.rows.push_back({"lapas", static_cast<int>(k.pages.size()), ""});
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
    visit_provenance(corpus, [&](EntityKind kind, const EntityKey& key, const SourceLoc&, const RecordProvenance& p) {
        if (c.provenance.empty() || c.provenance.back().kind != kind) { c.provenance.push_back({kind}); }
        if (kind == EntityKind::page && key.id == k_editors_guide) { return; }  // the tool's help, not policy
        auto add = [&](const std::string& field, const Provenance& s) {
            count(c.provenance.back(), s.status);
            if (s.status != Status::confirmed) { c.worklist.push_back({key, field, s}); }
        };
        add("", p.record);
        for (const auto& f : p.fields) { add(f.field, f.provenance); }
    });
}

}  // namespace

Completeness assess_completeness(const Corpus& corpus, const CorpusIndex& index) {
    Completeness c;
    assess_cards(corpus, index, c);
    add_policy_rows(corpus, c);
    add_task_rows(corpus, c);
    add_other_rows(corpus, c);
    for (const auto& [kind, records] : corpus.records) {
        c.rows.push_back({record_kind(kind).plural, static_cast<int>(records.size()), ""});
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
        // Pads by code points so the Latvian labels line up.
        std::size_t width = 0;
        for (char ch : label) { width += (static_cast<unsigned char>(ch) & 0xC0) != 0x80; }
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
