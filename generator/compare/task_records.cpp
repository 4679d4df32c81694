// What a task has beyond its fields: its row of the responsibility matrix, its card section by
// section, and the roles of each task level.
#include "compare/records.h"
#include "model/card_sections.h"
#include "util/message.h"

namespace pvpp {
namespace {

// `5. loma "Pakalpojuma saimnieks"`, or the id when the corpus has no such role.
std::string role_label(const Corpus& corpus, const std::string& id) {
    for (const auto& r : corpus.roles) {
        if (r.id == id) { return std::to_string(r.number) + ". loma \"" + r.name + "\""; }
    }
    return id;
}

// Section n of a card is "PU2-10/n"; its fields are keyed by their labels, as they always were.
Record section(const Corpus& corpus, const TaskCard& c, const CardSection& s) {
    std::string n = std::to_string(s.number);
    auto i = static_cast<std::size_t>(s.number - 1);
    RecordBuilder b(part::card_section, c.task.id + "/" + n, s.title);
    b.code(c.task.id + " " + n + ".").parent(part::card, c.task.id);
    b.scalar("statuss", section_status_name(c.heads()[i]->status));
    for (const auto& f : s.fields) { b.field(f, s.value(f, c), f.label); }
    if (!s.roles) { return b.take(); }
    for (const auto& d : *s.roles(c)) {
        b.text("pienākumi – " + role_label(corpus, d.role.id), d.text, "pienākumi:" + d.role.id);
    }
    return b.take();
}

}  // namespace

void task_matrix(const Corpus& corpus, const RecordView& r, RecordBuilder& b) {
    for (const auto& cell : as<Task>(r.record).matrix) {
        std::string letter = std::string(1, cell.letter) + (cell.inferred ? "?" : "");
        b.scalar("A/L " + role_label(corpus, cell.role.id), letter, "matrica:" + cell.role.id);
    }
}

// A card is listed on its own (added or removed as a whole); its sections carry the content.
// It has no name of its own: a renamed task is reported once, as the task.
void task_parts(const Corpus& corpus, std::vector<Record>& out) {
    for (const auto& c : corpus.cards) {
        out.push_back(RecordBuilder(part::card, c.task.id, "").take());
        for (const auto& s : card_sections()) { out.push_back(section(corpus, c, s)); }
    }
    // The roles each task level PU1 … PU3 involves (the levels slide of 000).
    for (const auto& g : corpus.task_group_roles) {
        std::string code = "PU" + std::to_string(g.group);
        std::vector<std::string> roles;
        for (const auto& r : g.roles) { roles.push_back(r.id); }
        out.push_back(RecordBuilder(part::task_group, code, "").list(_("roles"), roles).take());
    }
}

}  // namespace pvpp
