// The work plan (its schedules, activities and milestones) and the site configuration (data/).
#include "load/record_loaders.h"
#include "util/html_policy.h"
#include "util/message.h"

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
bool is_web_address(std::string_view url) {
    std::string scheme = url_scheme(url);
    return (scheme == "http" || scheme == "https") && !has_space_or_control(url);
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

// An address the site links to, written or not; one that ok refuses is reported with message.
std::string read_address(TableReader& t, std::string_view key, bool (*ok)(std::string_view), const char* message) {
    std::string address = t.string(key);
    if (!address.empty() && !ok(address)) {
        t.context().diags.error(t.value_loc(key), fill(_(message), {std::string(key)}));
    }
    return address;
}

std::optional<int> read_done(TableReader& t) {
    auto p = t.integer("done");
    if (!p) { return std::nullopt; }
    if (*p < 0 || *p > 100) {
        t.context().diags.error(t.value_loc("done"),
                                fill(_("done is a percentage from 0 to 100, not {1}"), {std::to_string(*p)}));
    }
    return static_cast<int>(*p);
}

// A milestone: one date (start = end), or none when the chart's date cannot be read.
void read_milestone_date(TableReader& t, Milestone& m) {
    m.schedule.start = t.date("date", &m.schedule.start_loc);
    m.schedule.end = m.schedule.start;
    m.schedule.end_loc = m.schedule.start_loc;
    m.schedule.done_percent = read_done(t);
}

// "2024-05": one month of a planned period.
std::optional<YearMonth> parse_month(const std::string& text) {
    bool shape = text.size() == 7 && text[4] == '-';
    for (std::size_t i = 0; shape && i < text.size(); ++i) { shape = i == 4 || (text[i] >= '0' && text[i] <= '9'); }
    if (!shape) { return std::nullopt; }
    YearMonth m{std::stoi(text.substr(0, 4)), std::stoi(text.substr(5, 2))};
    if (m.month < 1 || m.month > 12) { return std::nullopt; }
    return m;
}

// period = ["2024-05", "2024-07"]: the months a Gantt label gives, from and to.
void read_period(TableReader& t, Schedule& s) {
    std::vector<std::string> months = t.strings("period");
    if (months.empty()) { return; }
    std::optional<YearMonth> from = months.size() == 2 ? parse_month(months[0]) : std::nullopt;
    std::optional<YearMonth> to = months.size() == 2 ? parse_month(months[1]) : std::nullopt;
    if (!from || !to) {
        t.context().diags.error(t.value_loc("period"),
                                _("period must be two months, from and to, written as [\"2024-05\", \"2024-07\"]"));
    } else if (*to < *from) {
        t.context().diags.error(t.value_loc("period"), fill(_("period ends in {1}, before it starts in {2}"),
                                                            {format_month(*to), format_month(*from)}));
    } else {
        s.period_from = from;
        s.period_to = to;
    }
}

}  // namespace

Schedule read_schedule(TableReader& t) {
    Schedule s;
    s.start = t.date("start", &s.start_loc);
    s.end = t.date("end", &s.end_loc);
    if (auto d = t.integer("duration_days")) {
        if (*d < 0) { t.context().diags.error(t.value_loc("duration_days"), _("duration_days must not be negative")); }
        s.duration_days = static_cast<int>(*d);
        s.duration_loc = t.value_loc("duration_days");
    }
    s.done_percent = read_done(t);
    read_period(t, s);
    return s;
}

void read_activities(TableReader& t, Measure& measure) { read_parts(t, k_activities, measure.activities); }

void load_milestones(TableReader& root, Corpus& corpus) {
    read_parts(root, k_milestones, corpus.milestones, read_milestone_date);
}

void load_site(TableReader& root, Corpus& corpus) {
    SiteConfig& site = corpus.site;
    site.loc = root.loc();
    if (auto title = root.string("title"); !title.empty()) { site.title = title; }
    const char* web = N_("'{1}' must be an http: or https: address");
    site.base_url = read_address(root, "base_url", is_web_address, web);
    site.site_url = read_address(root, "site_url", is_web_address, web);
    site.further_info_url = read_address(root, "further_info_url", is_web_address, web);
    site.support_email =
        read_address(root, "support_email", is_email, N_("'{1}' must be an e-mail address (name@domain)"));
    site.intro = read_markdown(root, "intro", false);
    if (auto created = root.date("created")) { site.created = *created; }
    site.provenance = read_provenance(root);
    root.context().file_provenance = site.provenance.record;  // the live pages inherit it
    load_kind(root, EntityKind::live_page, corpus);
    root.finish();
}

}  // namespace pvpp
