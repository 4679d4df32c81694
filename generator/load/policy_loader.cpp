// Terms, principles, scales, levels, stages and roles.
#include "load/record_loaders.h"
#include "util/message.h"

namespace pvpp {

void load_terms(TableReader& root, Corpus& corpus) {
    for (auto& t : root.tables("term")) {
        Term term;
        term.loc = t.loc();
        term.id = t.string("id", true);
        term.name = t.string("name", true);
        term.forms = t.strings("forms");
        term.definition = read_markdown(t, "definition");
        term.see_also = t.refs("see_also");
        term.provenance = read_provenance(t);
        term.source = term.provenance.record.source;
        t.finish();
        corpus.terms.push_back(std::move(term));
    }
}

void load_principles(TableReader& root, Corpus& corpus) {
    for (auto& t : root.tables("principle")) {
        Principle p;
        p.loc = t.loc();
        p.number = read_number(t, "number");
        p.name = t.string("name", true);
        p.description = read_markdown(t, "description");
        p.provenance = read_provenance(t);
        t.finish();
        corpus.principles.push_back(std::move(p));
    }
}

namespace {

Axis read_axis(TableReader& t, bool with_scope) {
    Axis a;
    a.loc = t.loc();
    a.id = t.string("id", true);
    a.number = read_number(t, "number");
    a.name = t.string("name", true);
    if (with_scope) { a.scope = t.string("scope"); }
    a.description = read_markdown(t, "description");
    a.provenance = read_provenance(t);
    t.finish();
    return a;
}

Carrier read_carrier(TableReader& t) {
    Carrier c;
    c.title = t.string("title", true);
    c.text = t.string("text");
    t.finish();
    return c;
}

}  // namespace

void load_scales(TableReader& root, Corpus& corpus) {
    for (auto& t : root.tables("scale")) { corpus.scales.push_back(read_axis(t, true)); }
}

void load_levels(TableReader& root, Corpus& corpus) {
    for (auto& t : root.tables("level")) { corpus.levels.push_back(read_axis(t, false)); }
    for (auto& t : root.tables("task_group")) {
        TaskGroupRoles g;
        g.group = read_number(t, "group");
        g.loc = t.value_loc("group");  // a group that does not exist is reported at its number
        g.provenance = read_provenance(t);
        g.roles = t.refs("roles");
        t.finish();
        corpus.task_group_roles.push_back(std::move(g));
    }
}

void load_stages(TableReader& root, Corpus& corpus) {
    for (auto& t : root.tables("stage")) {
        Stage s;
        s.loc = t.loc();
        s.id = t.string("id", true);
        s.group = t.string("group", true);
        s.number = read_number(t, "number");
        s.name = t.string("name", true);
        if (!s.group.empty() && s.group != "politikas" && s.group != "pamatdarbibas") {
            t.context().diags.error(
                t.value_loc("group"),
                fill(_("stage group must be \"politikas\" or \"pamatdarbibas\", not \"{1}\""), {s.group}));
        }
        s.provenance = read_provenance(t);
        t.finish();
        corpus.stages.push_back(std::move(s));
    }
}

void load_roles(TableReader& root, Corpus& corpus) {
    for (auto& t : root.tables("role")) {
        Role r;
        r.loc = t.loc();
        r.number = read_number(t, "number");
        r.id = t.string("id", true);
        r.name = t.string("name", true);
        r.institution = read_markdown(t, "institution");
        r.description = read_markdown(t, "description");
        r.focus = read_markdown(t, "focus");
        r.scales = t.refs("scales");
        r.levels = t.refs("levels");
        r.rules = t.strings("rules");
        for (auto& c : t.tables("carrier")) { r.carriers.push_back(read_carrier(c)); }
        r.provenance = read_provenance(t);
        t.finish();
        corpus.roles.push_back(std::move(r));
    }
}

}  // namespace pvpp
