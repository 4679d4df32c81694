// Work-plan dates: an end before its start (an error), and dates that are each valid but
// disagree: a duration left as it was when the dates moved, a measure that starts or ends
// outside its action line. Warnings: the sources themselves may say so, but usually one
// number was not updated.
#include "model/plan.h"
#include "validate/checks.h"
#include "util/message.h"

namespace pvpp {
namespace {

bool is_working_day(const Date& d) { return (day_number(d) + 3) % 7 < 5; }  // 1970-01-01 was a Thursday

// An end before its start is an error; a duration is checked against sound dates only: the
// chart counts working days from start to end, the end day counted or not.
void check_dates(const Schedule& s, Diagnostics& diags) {
    if (s.start && s.end && *s.end < *s.start) {
        diags.error(s.end_loc, fill(_("end {1} is before start {2}"), {format_date(*s.end), format_date(*s.start)}));
    }
    if (!s.start || !s.end || !s.duration_days || *s.end < *s.start) { return; }
    int without_end = working_days(*s.start, *s.end);
    int with_end = without_end + (is_working_day(*s.end) ? 1 : 0);
    if (*s.duration_days >= without_end && *s.duration_days <= with_end) { return; }
    diags.warning(s.duration_loc,
                  fill(_("duration_days = {1} does not fit the dates {2}–{3}, which span {4} working days (did you "
                         "mean duration_days = {4}?)"),
                       {std::to_string(*s.duration_days), format_date(*s.start), format_date(*s.end),
                        std::to_string(without_end)}));
}

// A measure is part of its action line: it cannot start before it or end after it.
void check_within_line(const Measure& m, const ActionLine& line, Diagnostics& diags) {
    const Schedule& s = m.schedule;
    const Schedule& l = line.schedule;
    if (s.start && l.start && *s.start < *l.start) {
        diags.warning(s.start_loc, fill(_("measure {1} starts {2}, before its action line {3} starts ({4})"),
                                        {m.code, format_date(*s.start), line.code, format_date(*l.start)}));
    }
    if (s.end && l.end && *l.end < *s.end) {
        diags.warning(s.end_loc, fill(_("measure {1} ends {2}, after its action line {3} ends ({4})"),
                                      {m.code, format_date(*s.end), line.code, format_date(*l.end)}));
    }
}

}  // namespace

void check_plan_slips(const Corpus& corpus, const CorpusIndex& index, Diagnostics& diags) {
    for (const auto& l : corpus.lines) { check_dates(l.schedule, diags); }
    for (const auto& m : corpus.measures) {
        check_dates(m.schedule, diags);
        for (const auto& a : m.activities) { check_dates(a.schedule, diags); }
        if (auto* line = index.find<ActionLine>(EntityKind::line, m.line_code())) {
            check_within_line(m, *line, diags);
        }
    }
}

}  // namespace pvpp
