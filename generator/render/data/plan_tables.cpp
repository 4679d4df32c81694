// The work plan (action lines, measures and their activities), the institution groups,
// the exclusions and the prose pages.
#include "render/data/table_parts.h"

namespace pvpp::opendata {
namespace {

std::vector<Field> with_schedule(std::vector<Field> fields) {
    for (auto& f : schedule_fields()) { fields.push_back(std::move(f)); }
    return fields;
}

Table lines(const Corpus& c) {
    Table t{"action_lines", "action_line", "rīcības virzieni", "code", "Action lines (rīcības virzieni) RV1 … RV7 of the work plan.",
            with_schedule({code_field("code", pattern::k_line, "Action line code."), string_field("name", "Name.")}),
            {}};
    for (const auto& x : c.lines) {
        Members m{{"code", json::string(x.code)}, {"name", json::string(x.name)}};
        add_schedule(m, x.schedule);
        t.rows.push_back(json::object(std::move(m)));
    }
    return t;
}

json::Value activities(const Measure& m) {
    std::vector<json::Value> items;
    for (const auto& a : m.activities) {
        Members members{{"name", json::string(a.name)}};
        add_schedule(members, a.schedule);
        items.push_back(json::object(std::move(members)));
    }
    return json::array(std::move(items));
}

std::vector<Field> measure_fields() {
    std::vector<Field> fields = with_schedule({code_field("code", pattern::k_measure, "Measure code."),
                                               string_field("name", "Name."),
                                               ref_field("action_line", "action_lines", pattern::k_line,
                                                         "The action line the code names.")});
    fields.push_back(text_field("result", "Result (Markdown)."));
    fields.push_back(text_field("indicator", "Indicator (Markdown)."));
    fields.push_back(strings_field("responsible", "Responsible institutions."));
    fields.push_back(strings_field("co_responsible", "Co-responsible institutions."));
    fields.push_back(boolean_field("after_2027", "Continues after 2027; null when the sources do not say.", true));
    fields.push_back(string_field("phase", "Phase of the plan.", true));
    fields.push_back(objects_field("activities", with_schedule({string_field("name", "Name.")}),
                                   "Sub-activities, in the plan's order."));
    return fields;
}

Table measures(const Corpus& c) {
    Table t{"measures", "measure", "pasākumi", "code", "Measures (pasākumi) P1.1 … of the work plan.", measure_fields(), {}};
    for (const auto& x : c.measures) {
        Members m{{"code", json::string(x.code)}, {"name", json::string(x.name)},
                  {"action_line", json::string(x.line_code())}};
        add_schedule(m, x.schedule);
        m.emplace_back("result", text_value(x.result));
        m.emplace_back("indicator", text_value(x.indicator));
        m.emplace_back("responsible", json::strings(x.responsible));
        m.emplace_back("co_responsible", json::strings(x.co_responsible));
        m.emplace_back("after_2027", bool_or_null(x.after_2027));
        m.emplace_back("phase", json::string_or_null(x.phase));
        m.emplace_back("activities", activities(x));
        t.rows.push_back(json::object(std::move(m)));
    }
    return t;
}

// The chart's milestones: a date (null when it cannot be read) and the progress.
Table milestones(const Corpus& c) {
    Table t{"milestones", "milestone", "atskaites punkti", "name", "Milestones of the work plan's Gantt chart, in its order.",
            {string_field("name", "Name, as the chart gives it."),
             date_field("date", "The milestone's date; null when the chart's date cannot be read."),
             integer_field("done_percent", 0, 100, "Progress in percent; null when not known.", true),
             provenance_field()},
            {}};
    for (const auto& x : c.milestones) {
        t.rows.push_back(json::object({{"name", json::string(x.name)},
                                       {"date", date_value(x.schedule.start)},
                                       {"done_percent", int_or_null(x.schedule.done_percent)},
                                       {"provenance", provenance_value(x.provenance)}}));
    }
    return t;
}

Table institution_groups(const Corpus& c) {
    Table t{"institution_groups", "institution_group", "iestāžu grupas", "number",
            "Institution groups (Table 1 of the plan) and what applies to them.",
            {integer_field("number", 1, 1000, "Number of the group."), string_field("name", "Name."),
             strings_field("members", "Kinds of institution in the group."),
             boolean_field("policy", "The service management policy applies."),
             boolean_field("work_plan", "The work plan's measures (1st round) apply; null when the sources do not say.",
                           true),
             strings_field("outside_work_plan", "Members the work plan does not apply to (named as in members)."),
             text_field("notes", "Notes (Markdown).")},
            {}};
    for (const auto& x : c.institution_groups) {
        t.rows.push_back(json::object({{"number", json::integer(x.number)},
                                       {"name", json::string(x.name)},
                                       {"members", json::strings(x.members)},
                                       {"policy", json::boolean(x.policy)},
                                       {"work_plan", bool_or_null(x.work_plan)},
                                       {"outside_work_plan", refs_value(x.outside_work_plan)},
                                       {"notes", text_value(x.notes)}}));
    }
    return t;
}

Table exclusions(const Corpus& c) {
    Table t{"exclusions", "exclusion", "izņēmumi", "number", "Institutions the policy excludes (section 4.1.5 of the plan).",
            {string_field("number", "Number in the plan, e.g. 4.1.5.1."), string_field("name", "Name.")}, {}};
    for (const auto& x : c.exclusions) {
        t.rows.push_back(json::object({{"number", json::string(x.number)}, {"name", json::string(x.name)}}));
    }
    return t;
}

Table pages(const Corpus& c) {
    Table t{"pages", "page", "teksta lapas", "slug", "Prose pages: the plan's chapters and the materials.",
            {code_field("slug", pattern::k_id, "Slug of the page."), string_field("title", "Title."),
             string_field("chapter", "Chapter number of the plan, for a chapter page.", true),
             integer_field("weight", std::nullopt, std::nullopt, "Sort order."),
             boolean_field("live", "varam.gov.lv has the page too (it gets a CMS fragment)."),
             text_field("body", "The page (Markdown).")},
            {}};
    for (const auto& x : c.pages) {
        t.rows.push_back(json::object({{"slug", json::string(x.slug)},
                                       {"title", json::string(x.title)},
                                       {"chapter", json::string_or_null(x.chapter)},
                                       {"weight", json::integer(x.weight)},
                                       {"live", json::boolean(x.live)},
                                       {"body", text_value(x.body)}}));
    }
    return t;
}

}  // namespace

void add_plan_tables(const Corpus& corpus, std::vector<Table>& tables) {
    tables.push_back(milestones(corpus));
    tables.push_back(lines(corpus));
    tables.push_back(measures(corpus));
    tables.push_back(institution_groups(corpus));
    tables.push_back(exclusions(corpus));
    tables.push_back(pages(corpus));
}

}  // namespace pvpp::opendata
