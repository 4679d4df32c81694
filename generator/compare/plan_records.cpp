// The work plan (lines, measures and their activities), institution groups and
// exclusions, prose pages and the live site's chapter pages.
#include "compare/record_builder.h"
#include "compare/records.h"
#include "util/message.h"

namespace pvpp {
namespace {

void add_measure(const Measure& m, std::vector<Record>& out) {
    RecordBuilder b(RecordKind::measure, m.code, m.name);
    b.schedule(m.schedule).text("rezultāts", m.result).text("rezultatīvais rādītājs", m.indicator);
    b.list("atbildīgie", m.responsible).list("līdzatbildīgie", m.co_responsible);
    out.push_back(b.flag("turpinās pēc 2027. gada", m.after_2027).scalar("posms", m.phase).take());
    for (std::size_t i = 0; i < m.activities.size(); ++i) {
        const Activity& a = m.activities[i];
        RecordBuilder activity(RecordKind::activity, m.code + "/" + std::to_string(i + 1), a.name);
        out.push_back(activity.parent(m.code).schedule(a.schedule).take());
    }
}

// The chapter page that names the institution groups shows their names and members.
Record group_record(const InstitutionGroup& g, const std::string& page) {
    RecordBuilder b(RecordKind::institution_group, std::to_string(g.number), g.name, {page});
    b.code(std::to_string(g.number) + ".").shown_on({page}).list("iestādes", g.members).shown_on({});
    b.flag("politika attiecas", g.policy).flag("darba plāns attiecas", g.work_plan);
    return b.refs("darba plāns neattiecas uz", g.outside_work_plan).text("piezīmes", g.notes).take();
}

// The plan page lists the chapters of PVPP2027 by title, the index page the other pages; a page
// marked live (`live = true`) is a page of the live site itself.
Record page_record(const Page& p, const LivePlaces& live) {
    std::vector<std::string> pages = {live.showing(p.chapter.empty() ? "index" : "plan")};
    if (p.live) { pages.push_back(p.slug); }
    RecordBuilder b(RecordKind::page, p.slug, p.title, pages);
    b.scalar("nodaļa", p.chapter).number("secība", p.weight);
    return b.shown_on({p.live ? p.slug : ""}).text("saturs", p.body).take();
}

std::vector<std::string> headings(const LivePage& p) {
    std::vector<std::string> out;
    for (const auto& s : p.sections) { out.push_back(s.heading); }
    return out;
}

// A chapter page's title shows on the page itself and in the index page's list.
Record live_page_record(const LivePage& p, const LivePlaces& live) {
    RecordBuilder b(RecordKind::live_page, p.id, p.title, {p.slug, live.showing("index")});
    b.shown_on({p.slug}).list("sadaļas", headings(p)).scalar("rāda", p.shows).scalar("adrese", p.slug);
    return b.shown_on({}).scalar("izvēlnē", p.menu).take();
}

}  // namespace

void add_plan_records(const Corpus& corpus, const LivePlaces& live, std::vector<Record>& out) {
    // A milestone has no code: its name is what an editor adds, removes or re-dates.
    for (const auto& m : corpus.milestones) {
        RecordBuilder b(RecordKind::milestone, m.name, "");  // the name is its code: said once
        out.push_back(b.date(_("date"), m.schedule.start).number("izpilde", m.schedule.done_percent, "%").take());
    }
    for (const auto& l : corpus.lines) {
        out.push_back(RecordBuilder(RecordKind::line, l.code, l.name).schedule(l.schedule).take());
    }
    for (const auto& m : corpus.measures) { add_measure(m, out); }
    std::string page = live.with_section("institutions");
    for (const auto& g : corpus.institution_groups) { out.push_back(group_record(g, page)); }
    for (const auto& e : corpus.exclusions) { out.push_back(RecordBuilder(RecordKind::exclusion, e.number, e.name).take()); }
    for (const auto& p : corpus.pages) { out.push_back(page_record(p, live)); }
    for (const auto& p : corpus.site.pages) { out.push_back(live_page_record(p, live)); }
}

}  // namespace pvpp
