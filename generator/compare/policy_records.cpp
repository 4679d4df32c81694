// The policy's vocabulary as records: roles, terms, principles, scales, levels, the roles of
// each task level, stages.
#include "compare/record_builder.h"
#include "compare/records.h"
#include "util/message.h"

namespace pvpp {
namespace {

std::vector<std::string> carrier_items(const Role& r) {
    std::vector<std::string> items;
    for (const auto& c : r.carriers) { items.push_back(c.text.empty() ? c.title : c.title + " – " + c.text); }
    return items;
}

// The chapter page shows each role's number, name, institution, description and focus,
// and places the role in its scale × level grid.
Record role_record(const Role& r, const std::string& page) {
    RecordBuilder b(RecordKind::role, r.id, r.name, {page});
    b.code(std::to_string(r.number) + ". loma").shown_on({page}).number("numurs", r.number);
    b.text("lomai atbilstošā iestāde", r.institution).text("vispārējs raksturojums", r.description);
    b.text("darbības fokuss", r.focus).refs("mērogi", r.scales).refs("līmeņi", r.levels);
    b.shown_on({}).list("pienākumu veicēji", carrier_items(r)).list("noteikumi", r.rules);
    return b.take();
}

Record axis_record(RecordKind kind, const Axis& a, const std::string& page) {
    RecordBuilder b(kind, a.id, a.name, {page});
    b.shown_on({page}).number("numurs", a.number).shown_on({}).scalar("tvērums", a.scope);
    return b.text("apraksts", a.description).take();
}

}  // namespace

void add_policy_records(const Corpus& corpus, const LivePlaces& live, std::vector<Record>& out) {
    std::string roles = live.showing("roles"), terms = live.showing("terms"), principles = live.showing("principles");
    for (const auto& r : corpus.roles) { out.push_back(role_record(r, roles)); }
    for (const auto& t : corpus.terms) {
        RecordBuilder b(RecordKind::term, t.id, t.name, {terms});
        b.shown_on({terms}).text("definīcija", t.definition).shown_on({}).list("vārdformas", t.forms);
        out.push_back(b.refs("skatīt arī", t.see_also).scalar("avots", t.source).take());
    }
    for (const auto& p : corpus.principles) {
        RecordBuilder b(RecordKind::principle, std::to_string(p.number), p.name, {principles});
        out.push_back(b.code(std::to_string(p.number) + ".").shown_on({principles}).text("apraksts", p.description).take());
    }
    // The role grid on the roles page names every scale and level.
    for (const auto& a : corpus.scales) { out.push_back(axis_record(RecordKind::scale, a, roles)); }
    for (const auto& a : corpus.levels) { out.push_back(axis_record(RecordKind::level, a, roles)); }
    // The roles each task level PU1 … PU3 involves (the levels slide of 000).
    for (const auto& g : corpus.task_group_roles) {
        std::string code = "PU" + std::to_string(g.group);
        out.push_back(RecordBuilder(RecordKind::task_group, code, "").refs(_("roles"), g.roles).take());
    }
    for (const auto& s : corpus.stages) {
        RecordBuilder b(RecordKind::stage, s.id, s.name);
        out.push_back(b.scalar("līmenis", s.group).number("kārtas numurs", s.number).take());
    }
}

}  // namespace pvpp
