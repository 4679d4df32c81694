// What a task has beyond its fields: its row of the responsibility matrix, its card section by
// section, and the roles of each task level.
#include "compare/records.h"
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

const char* status_name(SectionStatus s) {
    if (s == SectionStatus::written) { return "aprakstīts"; }
    return s == SectionStatus::partial ? "daļēji" : "nav aprakstīts";
}

RecordBuilder section(const TaskCard& c, int number, const SectionHead& head) {
    std::string n = std::to_string(number);
    RecordBuilder b(part::card_section, c.task.id + "/" + n,
                    card_section_titles()[static_cast<std::size_t>(number - 1)]);
    b.code(c.task.id + " " + n + ".").parent(part::card, c.task.id).scalar("statuss", status_name(head.status));
    return b;
}

void add_sections(const Corpus& corpus, const TaskCard& c, std::vector<Record>& out) {
    out.push_back(section(c, 1, c.result.head).text("rezultāts", c.result.result)
                      .text("ieguvumi", c.result.benefits).text("apdraudējumi", c.result.threats).take());
    out.push_back(section(c, 2, c.scope.head).refs("posmi", c.scope.stages).text("piezīmes", c.scope.notes).take());
    RecordBuilder duties = section(c, 3, c.duties.head);
    duties.text("piezīmes", c.duties.notes);
    for (const auto& d : c.duties.roles) {
        duties.text("pienākumi – " + role_label(corpus, d.role.id), d.text, "pienākumi:" + d.role.id);
    }
    out.push_back(duties.take());
    out.push_back(section(c, 4, c.related.head).refs("saistītie uzdevumi", c.related.tasks)
                      .text("piezīmes", c.related.notes).take());
    out.push_back(section(c, 5, c.conditions.head).refs("nosacījumi", c.conditions.conditions)
                      .text("piezīmes", c.conditions.notes).take());
    out.push_back(section(c, 6, c.capabilities.head).text("procesi", c.capabilities.processes)
                      .refs("kompetences", c.capabilities.competences).text("piezīmes", c.capabilities.notes).take());
    out.push_back(section(c, 7, c.resources.head).text("informācija", c.resources.information)
                      .refs("digitālās tehnoloģijas", c.resources.technologies).text("piezīmes", c.resources.notes).take());
    out.push_back(section(c, 8, c.guidance.head).text("veicamās darbības", c.guidance.actions)
                      .text("vispārēja informācija", c.guidance.general)
                      .text("kam jāpievērš īpaša uzmanība", c.guidance.attention)
                      .list("papildu informācija", c.guidance.reading).take());
}

}  // namespace

void task_matrix(const Corpus& corpus, const RecordView& r, RecordBuilder& b) {
    for (const auto& cell : static_cast<const Task*>(r.record)->matrix) {
        std::string letter = std::string(1, cell.letter) + (cell.inferred ? "?" : "");
        b.scalar("A/L " + role_label(corpus, cell.role.id), letter, "matrica:" + cell.role.id);
    }
}

// A card is listed on its own (added or removed as a whole); its sections carry the content.
// It has no name of its own: a renamed task is reported once, as the task.
void task_parts(const Corpus& corpus, std::vector<Record>& out) {
    for (const auto& c : corpus.cards) {
        out.push_back(RecordBuilder(part::card, c.task.id, "").take());
        add_sections(corpus, c, out);
    }
    // The roles each task level PU1 … PU3 involves (the levels slide of 000).
    for (const auto& g : corpus.task_group_roles) {
        std::string code = "PU" + std::to_string(g.group);
        out.push_back(RecordBuilder(part::task_group, code, "").refs(_("roles"), g.roles).take());
    }
}

}  // namespace pvpp
