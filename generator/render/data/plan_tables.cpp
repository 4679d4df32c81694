// What the work plan and the institutions have beyond their fields: the chart's milestones
// (before the action lines), each measure's activities, and the exclusions of §4.1.5 (after
// the institution groups).
#include "render/data/table_parts.h"

namespace pvpp::opendata {
namespace {

json::Value activities(const Measure& m) {
    std::vector<json::Value> items;
    for (const auto& a : m.activities) {
        Members members{{"name", json::string(a.name)}};
        add_schedule(members, a.schedule);
        items.push_back(json::object(std::move(members)));
    }
    return json::array(std::move(items));
}

// The chart's milestones: a date (null when it cannot be read) and the progress.
Table milestones(const Corpus& c) {
    Table t{
        "milestones",
        "milestone",
        "atskaites punkti",
        "name",
        "Milestones of the work plan's Gantt chart, in its order.",
        {string_field("name", "Name, as the chart gives it."),
         date_field("date", "The milestone's date; null when the chart's date cannot be read."),
         integer_field("done_percent", 0, 100, "Progress in percent; null when not known.", true), provenance_field()},
        {}};
    for (const auto& x : c.milestones) {
        t.rows.push_back(json::object({{"name", json::string(x.name)},
                                       {"date", date_value(x.schedule.start)},
                                       {"done_percent", int_or_null(x.schedule.done_percent)},
                                       {"provenance", provenance_value(x.provenance)}}));
    }
    return t;
}

Table exclusions(const Corpus& c) {
    Table t{"exclusions",
            "exclusion",
            "izņēmumi",
            "number",
            "Institutions the policy excludes (section 4.1.5 of the plan).",
            {string_field("number", "Number in the plan, e.g. 4.1.5.1."), string_field("name", "Name.")},
            {}};
    for (const auto& x : c.exclusions) {
        t.rows.push_back(json::object({{"number", json::string(x.number)}, {"name", json::string(x.name)}}));
    }
    return t;
}

}  // namespace

void add_milestones(const Corpus& corpus, std::vector<Table>& tables) {
    tables.insert(tables.end() - 1, milestones(corpus));
}

void add_activities(const Corpus& corpus, std::vector<Table>& tables) {
    std::vector<Field> fields{string_field("name", "Name.")};
    for (auto& f : schedule_fields()) { fields.push_back(std::move(f)); }
    add_column(tables.back(), objects_field("activities", std::move(fields), "Sub-activities, in the plan's order."),
               corpus.measures, activities);
}

void add_exclusions(const Corpus& corpus, std::vector<Table>& tables) { tables.push_back(exclusions(corpus)); }

}  // namespace pvpp::opendata
