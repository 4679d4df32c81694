// The work plan as a Gantt chart: action lines, measures and sub-activities on a
// 2024–2027 time axis. No today line: site.js draws it, so builds stay identical.
#include <algorithm>
#include <cstdio>

#include "render/common/urls.h"
#include "render/common/diagrams/diagrams.h"
#include "render/common/diagrams/svg_writer.h"
#include "util/message.h"

namespace pvpp {
namespace {

constexpr Date k_from{2024, 1, 1};
constexpr Date k_to{2027, 12, 31};
constexpr double k_x0 = 410;  // left edge of the time axis; labels sit to its left
constexpr double k_px_per_day = 0.5;
constexpr double k_y0 = 46;  // top of the first row, below the year and half-year labels
constexpr double k_row_h = 24;  // a row of one line; each further line of its name adds k_line_h
constexpr double k_line_h = 14;
constexpr double k_foot = 22;  // under the rows: room for site.js's "šodien" label
constexpr double k_right = 44;  // room for "100%" after a bar that ends in December 2027

enum class RowKind { milestone, line, measure, activity };

struct Row {
    RowKind kind;
    std::string code;       ///< shown at the left; "" for a sub-activity
    std::string data_code;  ///< data-code of the bar: "P2.2/3" for P2.2's third sub-activity
    std::string name;
    const Schedule* schedule;
    std::string target;  ///< page the row links to; "" for none (a milestone)
};

/// A row where it is drawn: its name wrapped (never cut) and as tall as that needs.
struct Placed {
    const Row* row;
    std::vector<std::string> lines;
    double y;
    double h;
};

double x_of(const Date& d) {
    long day = std::clamp(day_number(d), day_number(k_from), day_number(k_to) + 1);
    return k_x0 + static_cast<double>(day - day_number(k_from)) * k_px_per_day;
}

double x_end() { return x_of(k_to) + k_px_per_day; }

std::string iso(const Date& d) {
    char buf[16];
    std::snprintf(buf, sizeof buf, "%04d-%02d-%02d", d.year, d.month, d.day);
    return buf;
}

std::vector<Row> plan_rows(const Corpus& corpus) {
    std::vector<Row> rows;
    for (std::size_t i = 0; i < corpus.milestones.size(); ++i) {  // first, as in the chart of 000
        const Milestone& m = corpus.milestones[i];
        rows.push_back({RowKind::milestone, "", "M" + std::to_string(i + 1), m.name, &m.schedule, ""});
    }
    auto add_measure = [&rows](const Measure& m) {
        rows.push_back({RowKind::measure, m.code, m.code, m.name, &m.schedule, url::of(EntityKind::measure, m.code)});
        for (std::size_t i = 0; i < m.activities.size(); ++i) {
            const Activity& a = m.activities[i];
            rows.push_back({RowKind::activity, "", m.code + "/" + std::to_string(i + 1), a.name, &a.schedule,
                            url::of(EntityKind::measure, m.code)});
        }
    };
    for (const auto& l : corpus.lines) {
        rows.push_back({RowKind::line, l.code, l.code, l.name, &l.schedule, url::of(EntityKind::line, l.code)});
        for (const auto& m : corpus.measures) {
            if (m.line_code() == l.code) { add_measure(m); }
        }
    }
    for (const auto& m : corpus.measures) {  // measures of a line the plan does not list
        bool orphan = std::none_of(corpus.lines.begin(), corpus.lines.end(),
                                   [&m](const ActionLine& l) { return l.code == m.line_code(); });
        if (orphan) { add_measure(m); }
    }
    return rows;
}

std::string time_grid(double y1) {
    std::string out = "<g class=\"grid\" aria-hidden=\"true\">\n";
    for (int year = k_from.year; year <= k_to.year; ++year) {
        double start = x_of({year, 1, 1});
        double middle = x_of({year, 7, 1});
        double end = year == k_to.year ? x_end() : x_of({year + 1, 1, 1});
        out += svg::line(start, 4, start, y1, std::string(" stroke=\"") + svg::k_muted + "\"");
        out += svg::line(middle, 26, middle, y1, std::string(" stroke=\"") + svg::k_line + "\"");
        out += svg::text((start + end) / 2, 17, std::to_string(year), " text-anchor=\"middle\" font-weight=\"700\"");
        out += svg::text((start + middle) / 2, 39, "1. pusg.", " text-anchor=\"middle\" font-size=\"12\"");
        out += svg::text((middle + end) / 2, 39, "2. pusg.", " text-anchor=\"middle\" font-size=\"12\"");
    }
    out += svg::line(x_end(), 4, x_end(), y1, std::string(" stroke=\"") + svg::k_muted + "\"");
    return out + "</g>\n";
}

std::string bar(const Row& row, const Date& start, const Date& end, double y) {
    double x1 = x_of(start);
    double w = std::max(x_of(end) + k_px_per_day - x1, 1.0);
    std::string out = svg::rect(x1, y + 6, w, 12,
                                " class=\"bar\" data-code=\"" + svg::escape(row.data_code) + "\" data-start=\"" +
                                    iso(start) + "\" data-end=\"" + iso(end) + "\" fill=\"" + svg::k_accent_soft +
                                    "\" stroke=\"" + svg::k_accent + "\"");
    const std::optional<int>& done = row.schedule->done_percent;
    if (done) {
        double dw = w * std::clamp(*done, 0, 100) / 100.0;
        if (dw > 0) {
            out += svg::rect(x1, y + 6, dw, 12, std::string(" class=\"done\" fill=\"") + svg::k_accent + "\"");
        }
        out += svg::text(x1 + w + 4, y + 16, std::to_string(*done) + "%", " class=\"percent\" font-size=\"11\"");
    }
    return out;
}

Date last_day(const YearMonth& m) {
    static constexpr int k_days[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    bool leap = (m.year % 4 == 0 && m.year % 100 != 0) || m.year % 400 == 0;
    return {m.year, m.month, m.month == 2 && leap ? 29 : k_days[m.month - 1]};
}

// Only the months are known (a label's "(05.-07.24)"): a dashed bar over those months,
// with the months written after it, so the bar does not pass for exact dates.
std::string period_bar(const Row& row, double y) {
    const Schedule& s = *row.schedule;
    Date from{s.period_from->year, s.period_from->month, 1};
    double x1 = x_of(from);
    double w = std::max(x_of(last_day(*s.period_to)) + k_px_per_day - x1, 1.0);
    std::string months = format_month(*s.period_from) + "–" + format_month(*s.period_to);
    std::string out = svg::rect(x1, y + 6, w, 12,
                                " class=\"bar period\" data-code=\"" + svg::escape(row.data_code) + "\" data-period=\"" +
                                    months + "\" fill=\"" + svg::k_soft + "\" stroke=\"" + svg::k_accent +
                                    "\" stroke-dasharray=\"4 3\"");
    std::string text = months + (s.done_percent ? "  " + std::to_string(*s.done_percent) + "%" : "");
    bool left = x1 + w > k_x0 + (x_end() - k_x0) * 0.7;
    std::string attrs = std::string(" class=\"percent\" font-size=\"11\"") + (left ? " text-anchor=\"end\"" : "");
    return out + svg::text(left ? x1 - 4 : x1 + w + 4, y + 16, text, attrs);
}

// A milestone: a diamond at its date with the date beside it; with no readable date,
// nothing in the public edition and "nav zināms" in the review one.
std::string milestone(const Schedule& s, double y, Edition e) {
    std::string muted = std::string(" font-size=\"12\" font-style=\"italic\" fill=\"") + svg::k_muted + "\"";
    if (!s.start) { return shows_gaps(e) ? svg::text(k_x0 + 8, y + 16, review_text::k_unknown_m, muted) : ""; }
    double x = x_of(*s.start);
    double cy = y + 12;
    std::string out = "<path class=\"milestone\" data-date=\"" + iso(*s.start) + "\" d=\"M" + svg::num(x) + " " +
                      svg::num(cy - 7) + "l7 7l-7 7l-7 -7z\" fill=\"" + svg::k_ink + "\"/>\n";
    bool left = x > k_x0 + (x_end() - k_x0) * 0.6;
    return out + svg::text(left ? x - 11 : x + 11, y + 16, format_date(*s.start), muted + (left ? " text-anchor=\"end\"" : ""));
}

// One known date: a diamond at that date and, in the review edition, a note on which date is missing.
std::string half_known(const Schedule& s, double y, Edition e) {
    const Date& d = s.start ? *s.start : *s.end;
    std::string note = s.start ? "sākums " + format_date(d) + ", beigas nav zināmas"
                               : "beigas " + format_date(d) + ", sākums nav zināms";
    if (!shows_gaps(e)) { note = (s.start ? "sākums " : "beigas ") + format_date(d); }
    double x = x_of(d);
    double cy = y + 12;
    std::string out = "<path class=\"partial\" data-" + std::string(s.start ? "start" : "end") + "=\"" + iso(d) +
                      "\" d=\"M" + svg::num(x) + " " + svg::num(cy - 6) + "l6 6l-6 6l-6 -6z\" fill=\"" + svg::k_accent +
                      "\"/>\n";
    bool left = x > k_x0 + (x_end() - k_x0) * 0.6;
    std::string attrs = std::string(" font-size=\"12\" font-style=\"italic\" fill=\"") + svg::k_muted + "\"";
    return out + svg::text(left ? x - 10 : x + 10, y + 16, note, attrs + (left ? " text-anchor=\"end\"" : ""));
}

// A row without dates has no bar; the review edition says the dates are not known.
std::string timing(const Row& row, double y, Edition e) {
    const Schedule& s = *row.schedule;
    if (row.kind == RowKind::milestone) { return milestone(s, y, e); }
    if (s.start && s.end) { return bar(row, *s.start, *s.end, y); }
    if (s.period_from && s.period_to) { return period_bar(row, y); }
    if (s.start || s.end) { return half_known(s, y, e); }
    if (!shows_gaps(e)) { return ""; }
    return svg::text(
        k_x0 + 8, y + 16, "datumi nav zināmi",
        std::string(" class=\"unknown\" font-size=\"12\" font-style=\"italic\" fill=\"") + svg::k_muted + "\"");
}

std::size_t name_width(const Row& row) { return row.kind == RowKind::line || row.kind == RowKind::milestone ? 42 : 45; }

std::vector<Placed> place(const std::vector<Row>& rows) {
    std::vector<Placed> out;
    double y = k_y0;
    for (const auto& row : rows) {
        std::vector<std::string> lines = svg::wrap(row.name, name_width(row));
        if (lines.empty()) { lines.push_back(""); }
        double h = k_row_h + static_cast<double>(lines.size() - 1) * k_line_h;
        out.push_back({&row, std::move(lines), y, h});
        y += h;
    }
    return out;
}

std::string label(const Placed& p) {
    const Row& row = *p.row;
    double base = p.y + 16;
    if (row.kind == RowKind::milestone) { return svg::text_lines(52, base, k_line_h, p.lines, " font-style=\"italic\""); }
    if (row.kind == RowKind::line) {
        return svg::text(8, base, row.code, " font-weight=\"700\"") +
               svg::text_lines(52, base, k_line_h, p.lines, " font-weight=\"700\"");
    }
    if (row.kind == RowKind::measure) {
        std::string code_attrs = std::string(" fill=\"") + svg::k_accent + "\"";
        return svg::text(22, base, row.code, code_attrs) + svg::text_lines(66, base, k_line_h, p.lines);
    }
    std::string muted = std::string(" fill=\"") + svg::k_muted + "\" font-size=\"12\"";
    return svg::text(66, base, "–", muted) + svg::text_lines(80, base, k_line_h, p.lines, muted);
}

const char* kind_name(RowKind kind) {
    switch (kind) {
        case RowKind::milestone: return "milestone";
        case RowKind::line: return "line";
        case RowKind::measure: return "measure";
        case RowKind::activity: return "activity";
    }
    return "";
}

std::string row_svg(const DiagramLinks& b, const Placed& p) {
    const Row& row = *p.row;
    std::string out = "<g class=\"row row-" + std::string(kind_name(row.kind)) + "\" data-code=\"" +
                      svg::escape(row.data_code) + "\">\n" + svg::title((row.code.empty() ? "" : row.code + " ") + row.name);
    std::string drawn = label(p) + timing(row, p.y, b.ctx().config.edition);
    out += row.target.empty() ? drawn : svg::link_open(b.href(row.target)) + drawn + "</a>\n";
    return out + "</g>\n";
}

// Action-line rows get a shaded band, drawn under the grid so its lines stay visible.
std::string line_bands(const std::vector<Placed>& rows) {
    std::string out;
    for (const auto& p : rows) {
        if (p.row->kind == RowKind::line) {
            out += svg::rect(0, p.y, x_end(), p.h, std::string(" class=\"band\" fill=\"") + svg::k_soft + "\"");
        }
    }
    return out;
}

std::size_t dated_milestones(const Corpus& corpus) {
    return static_cast<std::size_t>(std::count_if(corpus.milestones.begin(), corpus.milestones.end(),
                                                  [](const Milestone& m) { return m.schedule.start.has_value(); }));
}

std::string description(const Corpus& corpus, const std::vector<Row>& rows) {
    std::size_t activities = 0;
    std::size_t unknown = 0;
    std::size_t months_only = 0;
    for (const auto& r : rows) {
        const Schedule& s = *r.schedule;
        bool dated = s.start && s.end;
        bool period = !dated && s.period_from && s.period_to;
        activities += r.kind == RowKind::activity ? 1 : 0;
        months_only += period ? 1 : 0;
        unknown += r.kind != RowKind::milestone && !dated && !period ? 1 : 0;
    }
    return "Darba plāna laika grafiks no 2024. gada sākuma līdz 2027. gada beigām: " +
           svg::count(corpus.lines.size(), "rīcības virziens", "rīcības virzieni") + ", " +
           svg::count(corpus.measures.size(), "pasākums", "pasākumi") + " un " +
           svg::count(activities, "apakšaktivitāte", "apakšaktivitātes") +
           ". Katrai rindai ar zināmu sākumu un beigām ir josla no sākuma līdz beigām, tumšākā daļa rāda izpildi. " +
           "Rindām bez abiem datumiem (" + std::to_string(unknown) + ") josla nav uzzīmēta. " +
           fill(_("Rows whose planned period is known only to the month ({1}) have a dashed bar over those months; "
                  "milestones with a known date ({2}) are diamonds."),
                {std::to_string(months_only), std::to_string(dated_milestones(corpus))});
}

}  // namespace

std::string gantt_svg(const DiagramLinks& b) {
    std::vector<Row> rows = plan_rows(b.ctx().corpus);
    std::vector<Placed> placed = place(rows);
    double y1 = placed.empty() ? k_y0 : placed.back().y + placed.back().h;
    svg::Head head;
    head.id = "gantt";
    head.width = x_end() + k_right;
    head.height = y1 + k_foot;
    head.title = "Darba plāna Ganta diagramma 2024–2027";
    head.desc = description(b.ctx().corpus, rows);
    head.attrs = " data-from=\"" + iso(k_from) + "\" data-to=\"" + iso(k_to) + "\" data-px-per-day=\"" +
                 svg::num(k_px_per_day) + "\" data-x0=\"" + svg::num(k_x0) + "\" data-y0=\"" + svg::num(k_y0) +
                 "\" data-y1=\"" + svg::num(y1) + "\"";
    std::string out = svg::open(head) + line_bands(placed) + time_grid(y1);
    for (const auto& p : placed) { out += row_svg(b, p); }
    return out + svg::close();
}

// A row's span on the same 2024–2027 axis, one unit a day, for a table cell: the dates
// are in the row's text, so the picture is hidden from screen readers. A row known only to
// the month gets the chart's dashed bar over those months, so it does not pass for exact
// dates; a row with a start alone (the chart's diamond) a mark at that day.
std::string gantt_mini_bar(const Schedule& s) {
    bool dated = s.start && s.end;
    bool period = !dated && s.period_from && s.period_to;
    if (!dated && !period && !s.start) { return ""; }
    Date first = period ? Date{s.period_from->year, s.period_from->month, 1} : *s.start;
    Date end = dated ? *s.end : period ? last_day(*s.period_to) : *s.start;
    long from = day_number(k_from), last = day_number(k_to) + 1;
    long a = std::clamp(day_number(first), from, last), b = std::clamp(day_number(end) + 1, from, last);
    std::string out = "<svg class=\"mini-bar\" viewBox=\"0 0 " + std::to_string(last - from) +
                      " 12\" preserveAspectRatio=\"none\" aria-hidden=\"true\" focusable=\"false\">" +
                      svg::rect(0, 0, static_cast<double>(last - from), 12, " fill=\"#e3e7ec\"");
    for (int year = 1; year < 4; ++year) {
        long x = day_number(Date{k_from.year + year, 1, 1}) - from;
        out += "<line x1=\"" + std::to_string(x) + "\" x2=\"" + std::to_string(x) + "\" y1=\"0\" y2=\"12\" stroke=\"" +
               svg::k_muted + "\" vector-effect=\"non-scaling-stroke\"/>";
    }
    const char* kind = dated ? "span" : period ? "span period" : "span point";
    std::string paint = period ? std::string(svg::k_soft) + "\" stroke=\"" + svg::k_accent +
                                     "\" stroke-dasharray=\"4 3\" vector-effect=\"non-scaling-stroke"
                               : svg::k_accent;
    std::string look = " class=\"" + std::string(kind) + "\" fill=\"" + paint + "\"";
    out += svg::rect(static_cast<double>(a - from), 1, static_cast<double>(std::max(b - a, 7L)), 10, look);
    return out + "</svg>";
}

}  // namespace pvpp
