// The work plan's parts (milestones after the action lines, each measure's activities) and the
// §4.1.5 exclusions after the institution groups.
#include "compare/records.h"
#include "util/message.h"

namespace pvpp {

// A milestone has no code: its name is what an editor adds, removes or re-dates.
void milestones(const Corpus& corpus, std::vector<Record>& out) {
    for (const auto& m : corpus.milestones) {
        RecordBuilder b(part::milestone, m.name, "");  // the name is its code: said once
        out.push_back(b.date(_("date"), m.schedule.start).number("izpilde", m.schedule.done_percent, "%").take());
    }
}

void activities(const Corpus& corpus, std::vector<Record>& out) {
    for (const auto& m : corpus.measures) {
        for (std::size_t i = 0; i < m.activities.size(); ++i) {
            const Activity& a = m.activities[i];
            RecordBuilder b(part::activity, m.code + "/" + std::to_string(i + 1), a.name);
            out.push_back(b.parent({EntityKind::measure}, m.code).schedule(a.schedule).take());
        }
    }
}

void exclusions(const Corpus& corpus, std::vector<Record>& out) {
    for (const auto& e : corpus.exclusions) { out.push_back(RecordBuilder(part::exclusion, e.number, e.name).take()); }
}

}  // namespace pvpp
