// Condition groups and conditions, capabilities and resources, the two catalogues.
#include <algorithm>

#include "load/record_loaders.h"
#include "util/message.h"

namespace pvpp {

void load_conditions(TableReader& root, Corpus& corpus) {
    for (auto& t : root.tables("group")) {
        ConditionGroup g;
        g.loc = t.loc();
        g.number = read_number(t, "number");
        g.name = t.string("name", true);
        g.description = read_markdown(t, "description");
        g.provenance = read_provenance(t);
        t.finish();
        corpus.condition_groups.push_back(std::move(g));
    }
    for (auto& t : root.tables("condition")) {
        Condition c;
        c.loc = t.loc();
        c.code = t.string("code", true);
        c.name = t.string("name", true);
        c.items = t.strings("items");
        c.description = read_markdown(t, "description");
        c.provenance = read_provenance(t);
        t.finish();
        corpus.conditions.push_back(std::move(c));
    }
}

namespace {

Capability read_capability(TableReader& t, bool resource) {
    Capability c;
    c.loc = t.loc();
    c.resource = resource;
    c.code = t.string("code", true);
    c.name = t.string("name", true);
    c.slug = t.string("slug");
    c.slug_loc = t.value_loc("slug");
    c.card_part = t.string("card_part");
    const auto& parts = card_parts();
    if (!c.card_part.empty() && std::find(parts.begin(), parts.end(), c.card_part) == parts.end()) {
        t.context().diags.error(t.value_loc("card_part"),
                                fill(_("card_part must be \"processes\", \"competences\", \"information\" or "
                                       "\"technologies\", not \"{1}\""),
                                     {c.card_part}));
    }
    c.description = read_markdown(t, "description");
    c.provenance = read_provenance(t);
    c.inferred = c.provenance.of("code").status == Status::inferred;
    t.finish();
    return c;
}

CatalogueItem read_item(TableReader& t, std::initializer_list<const char*> flags) {
    CatalogueItem item;
    item.loc = t.loc();
    item.id = t.string("id", true);
    item.name = t.string("name", true);
    item.flag = t.string("flag");
    item.description = read_markdown(t, "description");
    if (!item.flag.empty() && std::none_of(flags.begin(), flags.end(),
                                           [&](const char* f) { return item.flag == f; })) {
        std::string allowed;
        for (const char* f : flags) {
            std::string quoted = std::string("\"") + f + "\"";
            allowed = allowed.empty() ? quoted : fill(_("{1} or {2}"), {allowed, quoted});
        }
        t.context().diags.error(t.value_loc("flag"), fill(_("flag must be {1}, not \"{2}\""), {allowed, item.flag}));
    }
    item.provenance = read_provenance(t);
    t.finish();
    return item;
}

}  // namespace

void load_capabilities(TableReader& root, Corpus& corpus) {
    for (auto& t : root.tables("capability")) { corpus.capabilities.push_back(read_capability(t, false)); }
    for (auto& t : root.tables("resource")) { corpus.capabilities.push_back(read_capability(t, true)); }
}

void load_competences(TableReader& root, Corpus& corpus) {
    for (auto& t : root.tables("competence")) {
        corpus.competences.push_back(read_item(t, {"obligāti iegūstama", "deleģējama"}));
    }
}

void load_technologies(TableReader& root, Corpus& corpus) {
    for (auto& t : root.tables("technology")) {
        corpus.technologies.push_back(
            read_item(t, {"valstī obligāti centralizēti nodrošināma", "centralizēti nodrošināma"}));
    }
}

}  // namespace pvpp
