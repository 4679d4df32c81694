// Task files (record and responsibility matrix) and card files (the eight sections).
#include <algorithm>

#include "load/record_loaders.h"
#include "model/card_sections.h"
#include "util/message.h"
#include "util/text.h"

namespace pvpp {
namespace {

// The [matrix] table: a cell per role, and its own source and status (its `note` is its `how`),
// which a cell marked "?" makes inferred when it states none. That provenance is the task's
// field "matrix", read after the task's own (load_record).
void read_matrix(TableReader& m, Task& task) {
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
    bool any_inferred =
        std::any_of(task.matrix.begin(), task.matrix.end(), [](const MatrixCell& c) { return c.inferred; });
    if (!own.marked() && any_inferred) { own.status = Status::inferred; }
    task.confidence = own.confidence;
    task.matrix_note = own.how;
    task.provenance.fields.push_back({"matrix", own});
}

// A task or card file is named after its code: content/tasks/PU1-1.toml holds PU1-1.
void check_code_matches_file(TableReader& t, const char* key, const std::string& code) {
    std::string name = t.context().file.substr(t.context().file.rfind('/') + 1);
    std::string file_code = name.substr(0, name.size() - std::string_view(".toml").size());
    if (!code.empty() && code != file_code) {
        t.context().diags.error(t.value_loc(key),
                                fill(_("'{1}' does not match the file name {2}.toml"), {code, file_code}));
    }
}

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
            card.loc(),
            fill(_("card section [{1}] is missing (write it, or mark it status = \"nav aprakstīts\")"), {missing[0]}));
        return;
    }
    card.context().diags.error(card.loc(), fill(_("{1} card sections are missing: {2} (write each, or mark it "
                                                  "status = \"nav aprakstīts\")"),
                                                {std::to_string(missing.size()), "[" + join(missing, "], [") + "]"}));
}

}  // namespace

void read_task_parts(TableReader& t, Task& task) {
    check_code_matches_file(t, "code", task.code);
    if (auto m = t.table("matrix")) { read_matrix(*m, task); }
}

// Every section must be present; the absent ones are reported together.
void load_card(TableReader& t, Corpus& corpus) {
    TaskCard card;
    card.loc = t.loc();
    std::string code = t.string("task", true);
    card.task = {code, t.value_loc("task")};
    check_code_matches_file(t, "task", code);
    std::vector<std::string> missing;
    for (const auto& cs : card_sections()) {
        auto s = t.table(cs.key);
        if (!s) {
            missing.emplace_back(cs.key);
            continue;
        }
        cs.head(card) = read_head(*s);
        read_members(*s, cs.fields, cs.of(card));
        if (cs.roles) { read_parts(*s, k_duties, card.duties.roles); }
        s->finish();
    }
    report_missing_sections(t, missing);
    t.finish();
    corpus.cards.push_back(std::move(card));
}

}  // namespace pvpp
