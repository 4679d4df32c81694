// Rules of the policy that go beyond references: A/L sense, parents, numbering.
#include <algorithm>
#include <set>

#include "model/record_kinds.h"
#include "util/message.h"
#include "util/slug.h"
#include "util/text.h"
#include "validate/checks.h"

namespace pvpp {
namespace {

// The three level groups of the policy; the cards, the matrix and the open data's schema know no others.
void check_task_group(const Task& t, Diagnostics& diags) {
    bool known = t.code.size() > 3 && t.group() >= 1 && t.group() <= 3 && t.code[3] == '-';
    if (!t.code.empty() && t.code.rfind("PU", 0) == 0 && !known) {
        diags.error(t.loc, fill(_("task {1} is in no level group: task codes start PU1- (policy level), "
                                  "PU2- (operational and supply level) or PU3- (all levels)"),
                                {t.code}));
    }
}

void check_task(const Task& t, const CorpusIndex& index, Diagnostics& diags) {
    check_task_group(t, diags);
    bool has_a = std::any_of(t.matrix.begin(), t.matrix.end(), [](const auto& c) { return c.letter == 'A'; });
    // A cell with a wrong letter is already an error; it may be the "A" the editor meant.
    bool misread = std::any_of(t.matrix.begin(), t.matrix.end(),
                               [](const auto& c) { return c.letter != 'A' && c.letter != 'L'; });
    if (!t.matrix.empty() && !has_a && !misread) {
        diags.error(t.loc, fill(_("task {1} has no responsible role (no \"A\" in its matrix)"), {t.code}));
    }
    for (const auto& r : t.related) {
        if (r.id == t.code) { diags.error(r.loc, fill(_("task {1} cannot be related to itself"), {t.code})); }
    }
    const TaskCard* card = index.card_of(t.code);
    if (!card) { return; }
    for (const auto& d : card->duties.roles) {
        bool in_matrix = std::any_of(t.matrix.begin(), t.matrix.end(),
                                     [&](const auto& c) { return c.role.id == d.role.id; });
        if (!in_matrix && index.has(EntityKind::role, d.role.id)) {
            diags.warning(d.role.loc, fill(_("role '{1}' has duties on the card but no A/L in the matrix of {2}"),
                                           {d.role.id, t.code}));
        }
    }
}

// The roles each task group involves (content/levels.toml): every one must exist, and a
// group is one of the three the task codes know.
void check_task_group_roles(const Corpus& corpus, const CorpusIndex& index, Diagnostics& diags) {
    for (const auto& g : corpus.task_group_roles) {
        if (g.group < 1 || g.group > 3) {
            diags.error(g.loc, fill(_("task group {1} does not exist: the groups are 1 (PU1), 2 (PU2) and 3 (PU3)"),
                                    {std::to_string(g.group)}));
        }
        for (const auto& r : g.roles) {
            if (index.has(EntityKind::role, r.id)) { continue; }
            std::string guess = nearest(r.id, index.ids_of(EntityKind::role));
            diags.error(r.loc, guess.empty() ? fill(_("unknown role '{1}' among the roles of task group PU{2}"),
                                                    {r.id, std::to_string(g.group)})
                                             : fill(_("unknown role '{1}' among the roles of task group PU{2} "
                                                      "(did you mean {3}?)"),
                                                    {r.id, std::to_string(g.group), guess}));
        }
    }
}

// A confirmed letter for a role that the task's group does not involve contradicts the
// level-to-roles slide of 000: either the cell or the slide's reading is wrong. Inferred
// cells ("L?") are already marked as waiting for confirmation.
void check_matrix_against_group(const Corpus& corpus, const Task& t, Diagnostics& diags) {
    auto g = std::find_if(corpus.task_group_roles.begin(), corpus.task_group_roles.end(),
                          [&](const TaskGroupRoles& x) { return x.group == t.group(); });
    if (g == corpus.task_group_roles.end()) { return; }
    for (const auto& c : t.matrix) {
        bool involved = std::any_of(g->roles.begin(), g->roles.end(), [&](const Ref& r) { return r.id == c.role.id; });
        if (!involved && !c.inferred) {
            diags.warning(c.role.loc, fill(_("task {1} has a letter for role '{2}', which the tasks of PU{3} do not "
                                             "involve (content/levels.toml): confirm it or mark it inferred"),
                                           {t.code, c.role.id, std::to_string(t.group())}));
        }
    }
}

// Mutual references are fine (two terms that point at each other); a record that points at
// itself only sends the reader in a circle. Parents follow from codes, so no longer cycle can exist.
void check_self_references(const Corpus& corpus, Diagnostics& diags) {
    for (const auto& t : corpus.terms) {
        for (const auto& r : t.see_also) {
            if (r.id == t.id) { diags.error(r.loc, fill(_("term '{1}' cannot refer to itself in see_also"), {t.id})); }
        }
    }
    for (const auto& c : corpus.cards) {
        for (const auto& r : c.related.tasks) {
            if (r.id == c.task.id) {
                diags.error(r.loc, fill(_("the card of {1} cannot list its own task as a related task"), {c.task.id}));
            }
        }
    }
}

// A reference a record's code implies (P4.2 → RV4, N4-1 → N4, S2-4 → S2) has no place of its
// own, so a missing one is reported at the record (a written one, `ref` or `refs`, is checked
// with the other references); a record not indexed is reported already.
void check_parents(const Corpus& corpus, const CorpusIndex& index, Diagnostics& diags) {
    visit_fields(corpus, FieldKind::ref, [&](const RecordView& r, const FieldInfo& f, const FieldValue& v) {
        const auto& [kind, code] = r.key;
        if (!v.refs.empty() || v.value.empty() || !index.has(kind, code) || index.has(f.target, v.value)) { return; }
        diags.error(r.source->loc,
                    kind == EntityKind::measure
                        ? fill(_("measure {1} belongs to action line {2}, which does not exist"), {code, v.value})
                    : kind == EntityKind::condition
                        ? fill(_("condition {1} belongs to group {2}, which does not exist"), {code, v.value})
                        : fill(_("{1} is a sub-item of {2}, which does not exist"), {code, v.value}));
    });
}

void check_institutions(const Corpus& corpus, Diagnostics& diags) {
    for (const auto& g : corpus.institution_groups) {
        for (const auto& r : g.outside_work_plan) {
            if (std::find(g.members.begin(), g.members.end(), r.id) == g.members.end()) {
                diags.error(
                    r.loc, fill(_("'{1}' is not a member of institution group {2}"), {r.id, std::to_string(g.number)}));
            }
        }
    }
}

template <typename T>
void check_numbers(const std::vector<T>& records, const char* what, Diagnostics& diags) {
    std::set<int> seen;
    for (const auto& r : records) {
        if (r.number >= 1 && !seen.insert(r.number).second) {
            diags.error(r.loc, fill(_("duplicate {1} number {2}"), {_(what), std::to_string(r.number)}));
        }
    }
}

}  // namespace

void check_rules(const Corpus& corpus, const CorpusIndex& index, Diagnostics& diags) {
    for (const auto& t : corpus.tasks) {
        check_task(t, index, diags);
        check_matrix_against_group(corpus, t, diags);
    }
    check_task_group_roles(corpus, index, diags);
    check_self_references(corpus, diags);
    check_parents(corpus, index, diags);
    check_institutions(corpus, diags);
    check_numbers(corpus.roles, N_("role"), diags);
    check_numbers(corpus.principles, N_("principle"), diags);
    check_numbers(corpus.institution_groups, N_("institution group"), diags);
}

}  // namespace pvpp
