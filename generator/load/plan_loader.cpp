// The work plan, the institution groups and the site configuration (data/).
#include "load/record_loaders.h"
#include "util/html_policy.h"

namespace pvpp {
namespace {

bool has_space_or_control(std::string_view text) {
    for (char c : text) {
        if (static_cast<unsigned char>(c) <= 0x20 || c == 0x7F) { return true; }
    }
    return false;
}

// The site's own addresses end up in every page's links: only web addresses, written
// without spaces or control characters, are taken.
std::string read_web_address(TableReader& t, std::string_view key) {
    std::string url = t.string(key);
    std::string scheme = url_scheme(url);
    if (!url.empty() && ((scheme != "http" && scheme != "https") || has_space_or_control(url))) {
        t.context().diags.error(t.value_loc(key), "'" + std::string(key) + "' must be an http: or https: address");
    }
    return url;
}

// name@domain with nothing a mailto: link or a mail program would read differently.
bool is_email(std::string_view e) {
    std::size_t at = e.find('@');
    if (at == 0 || at == std::string_view::npos || at + 1 == e.size() ||
        e.find('@', at + 1) != std::string_view::npos) {
        return false;
    }
    return !has_space_or_control(e) && e.find_first_of("\"<>()[]\\,;:?&=/") == std::string_view::npos;
}

std::string read_email(TableReader& t, std::string_view key) {
    std::string email = t.string(key);
    if (!email.empty() && !is_email(email)) {
        t.context().diags.error(t.value_loc(key), "'" + std::string(key) + "' must be an e-mail address (name@domain)");
    }
    return email;
}

Schedule read_schedule(TableReader& t) {
    Schedule s;
    s.start = t.date("start", &s.start_loc);
    s.end = t.date("end", &s.end_loc);
    if (auto d = t.integer("duration_days")) {
        if (*d < 0) { t.context().diags.error(t.value_loc("duration_days"), "duration_days must not be negative"); }
        s.duration_days = static_cast<int>(*d);
        s.duration_loc = t.value_loc("duration_days");
    }
    if (auto p = t.integer("done")) {
        if (*p < 0 || *p > 100) {
            t.context().diags.error(t.value_loc("done"), "done is a percentage from 0 to 100, not " + std::to_string(*p));
        }
        s.done_percent = static_cast<int>(*p);
    }
    return s;
}

Activity read_activity(TableReader& t) {
    Activity a;
    a.loc = t.loc();
    a.name = t.string("name", true);
    a.schedule = read_schedule(t);
    t.finish();
    return a;
}

Measure read_measure(TableReader& t) {
    Measure m;
    m.loc = t.loc();
    m.code = t.string("code", true);
    m.name = t.string("name", true);
    m.schedule = read_schedule(t);
    m.result = read_markdown(t, "result");
    m.indicator = read_markdown(t, "indicator");
    m.responsible = t.strings("responsible");
    m.co_responsible = t.strings("co_responsible");
    m.after_2027 = t.boolean("after_2027");
    m.phase = t.string("phase");
    for (auto& a : t.tables("activity")) { m.activities.push_back(read_activity(a)); }
    t.finish();
    return m;
}

}  // namespace

void load_workplan(TableReader& root, Corpus& corpus) {
    for (auto& t : root.tables("line")) {
        ActionLine line;
        line.loc = t.loc();
        line.code = t.string("code", true);
        line.name = t.string("name", true);
        line.schedule = read_schedule(t);
        t.finish();
        corpus.lines.push_back(std::move(line));
    }
    for (auto& t : root.tables("measure")) { corpus.measures.push_back(read_measure(t)); }
}

void load_institutions(TableReader& root, Corpus& corpus) {
    for (auto& t : root.tables("group")) {
        InstitutionGroup g;
        g.loc = t.loc();
        g.number = read_number(t, "number");
        g.name = t.string("name", true);
        g.members = t.strings("members");
        g.policy = t.boolean("policy").value_or(true);
        g.work_plan = t.boolean("work_plan").value_or(true);
        g.outside_work_plan = t.refs("outside_work_plan");
        g.notes = read_markdown(t, "notes");
        t.finish();
        corpus.institution_groups.push_back(std::move(g));
    }
    for (auto& t : root.tables("exclusion")) {
        Exclusion e;
        e.loc = t.loc();
        e.number = t.string("number", true);
        e.name = t.string("name", true);
        t.finish();
        corpus.exclusions.push_back(std::move(e));
    }
}

void load_site(TableReader& root, Corpus& corpus) {
    SiteConfig& site = corpus.site;
    site.loc = root.loc();
    if (auto title = root.string("title"); !title.empty()) { site.title = title; }
    site.base_url = read_web_address(root, "base_url");
    site.site_url = read_web_address(root, "site_url");
    site.further_info_url = read_web_address(root, "further_info_url");
    site.support_email = read_email(root, "support_email");
    site.intro = root.markdown("intro");
    if (auto created = root.date("created")) { site.created = *created; }
    for (auto& t : root.tables("page")) {
        LivePage p;
        p.loc = t.loc();
        p.id = t.string("id", true);
        p.slug = t.string("slug", true);
        p.slug_loc = t.value_loc("slug");
        p.title = t.string("title");
        p.menu = t.string("menu");
        p.shows = t.string("shows");
        p.shows_loc = t.value_loc("shows");
        for (auto& s : t.tables("section")) {
            LiveSection section;
            section.loc = s.loc();
            section.heading = s.string("heading", true);
            section.shows = s.string("shows");
            section.terms = s.refs("terms");
            s.finish();
            p.sections.push_back(std::move(section));
        }
        t.finish();
        site.pages.push_back(std::move(p));
    }
}

}  // namespace pvpp
