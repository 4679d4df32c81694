// Task files (record and responsibility matrix) and card files (the eight sections).
#include <algorithm>

#include "load/record_loaders.h"
#include "model/card_sections.h"
#include "util/message.h"

namespace pvpp {
namespace {

// The [matrix] table's own source and status (its `note` is its `how`); returns them.
Provenance read_matrix(TableReader& m, Task& task) {
    Provenance own = read_provenance_keys(m, true);
    for (auto& [role, value] : m.remaining_strings()) {
        bool inferred = value.size() == 2 && value[1] == '?';
        if ((value.size() != 1 && !inferred) || (value[0] != 'A' && value[0] != 'L')) {
            m.context().diags.error(m.value_loc(role.id),
                                    fill(_("responsibility of '{1}' must be \"A\" or \"L\" (with \"?\" when "
                                           "inferred), not \"{2}\""),
                                         {role.id, value}));
        }
        // Kept even when wrong, so that the role is not also "missing from the matrix".
        task.matrix.push_back({role, value.empty() ? '?' : value[0], inferred});
    }
    m.finish();
    return own;
}

// The matrix row is a field of the task: a row with a cell marked "?" is inferred.
void add_matrix_provenance(Task& task, Provenance own) {
    bool any_inferred =
        std::any_of(task.matrix.begin(), task.matrix.end(), [](const MatrixCell& c) { return c.inferred; });
    if (!own.marked() && any_inferred) { own.status = Status::inferred; }
    task.confidence = own.confidence;
    task.matrix_note = own.how;
    task.provenance.fields.push_back({"matrix", inherit(own, task.provenance.record)});
}

void check_code_matches_file(TableReader& t, const char* key, const std::string& code,
                             const std::string& file_code) {
    if (!code.empty() && code != file_code) {
        t.context().diags.error(t.value_loc(key),
                                fill(_("'{1}' does not match the file name {2}.toml"), {code, file_code}));
    }
}

}  // namespace

void load_task(TableReader& t, const std::string& file_code, Corpus& corpus) {
    Task task;
    task.loc = t.loc();
    read_fields(t, EntityKind::task, &task);
    check_code_matches_file(t, "code", task.code, file_code);
    std::optional<Provenance> matrix;
    if (auto m = t.table("matrix")) { matrix = read_matrix(*m, task); }
    task.provenance = read_provenance(t);
    if (matrix) { add_matrix_provenance(task, *matrix); }
    corpus.tasks.push_back(std::move(task));
}

namespace {

// A section with no status is written; one with a wrong status is left missing.
SectionHead read_head(TableReader& s) {
    std::string status = s.string("status");
    if (status.empty()) { return {s.loc(), SectionStatus::written}; }
    for (auto st : {SectionStatus::written, SectionStatus::partial, SectionStatus::missing}) {
        if (status == section_status_name(st)) { return {s.loc(), st}; }
    }
    s.context().diags.error(s.value_loc("status"), fill(_("section status must be \"aprakstīts\", \"daļēji\" or "
                                                          "\"nav aprakstīts\", not \"{1}\""),
                                                        {status}));
    return {s.loc()};
}

// One error for the sections a card lacks, however many; a misspelled section header
// is left to the "did you mean" of the unknown key.
void report_missing_sections(TableReader& card, std::vector<std::string> missing) {
    std::erase_if(missing, [&](const std::string& key) { return card.misspelled(key); });
    if (missing.empty()) { return; }
    if (missing.size() == 1) {
        card.context().diags.error(
            card.loc(), fill(_("card section [{1}] is missing (write it, or mark it status = \"nav aprakstīts\")"),
                             {missing[0]}));
        return;
    }
    std::string list;
    for (const auto& key : missing) { list += (list.empty() ? "[" : ", [") + key + "]"; }
    card.context().diags.error(card.loc(), fill(_("{1} card sections are missing: {2} (write each, or mark it "
                                                  "status = \"nav aprakstīts\")"),
                                                {std::to_string(missing.size()), list}));
}

// Section 3's [[duties.role]] tables, after its notes.
void read_duties(TableReader& s, std::vector<RoleDuties>& roles) {
    for (auto& r : s.tables("role")) {
        RoleDuties d;
        std::string id = r.string("role", true);
        d.role = {id, r.value_loc("role")};
        d.text = read_markdown(r, "text", true);
        r.finish();
        roles.push_back(std::move(d));
    }
}

}  // namespace

// Every section must be present; the absent ones are reported together.
void load_card(TableReader& t, const std::string& file_code, Corpus& corpus) {
    TaskCard card;
    card.loc = t.loc();
    std::string code = t.string("task", true);
    card.task = {code, t.value_loc("task")};
    check_code_matches_file(t, "task", code, file_code);
    std::vector<std::string> missing;
    for (const auto& cs : card_sections()) {
        auto s = t.table(cs.key);
        if (!s) {
            missing.emplace_back(cs.key);
            continue;
        }
        cs.head(card) = read_head(*s);
        read_members(*s, cs.fields, cs.of(card));
        if (cs.roles) { read_duties(*s, card.duties.roles); }
        s->finish();
    }
    report_missing_sections(t, missing);
    corpus.cards.push_back(std::move(card));
}

}  // namespace pvpp
