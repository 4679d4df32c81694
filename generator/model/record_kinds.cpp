// The list of record kinds. A new kind is one entry here (and its EntityKind value);
// the reference fields below are the only place a "names records of kind X" fact is stated.
#include "model/record_kinds.h"

namespace pvpp {
namespace {

template <typename T, typename Id>
void each(const std::vector<T>& records, EntityKind kind, Id id, std::vector<Ref> T::*field, const RefVisitor& fn) {
    for (const auto& r : records) {
        for (const auto& ref : r.*field) { fn({kind, id(r)}, ref); }
    }
}

// The Markdown fields of each record of a kind.
template <typename T, typename Id>
void texts(const std::vector<T>& records, EntityKind kind, Id id, std::initializer_list<Text T::*> fields,
           const TextVisitor& fn) {
    for (const auto& r : records) {
        for (Text T::*f : fields) { fn({kind, id(r)}, r.*f); }
    }
}

std::string id_of(const auto& r) { return r.id; }
std::string code_of(const auto& r) { return r.code; }
std::string number_of(const auto& r) { return std::to_string(r.number); }

// A card's fields belong to its task: backlinks and messages name the task.
template <std::vector<Ref> (*Refs)(const TaskCard&)>
void card_refs(const Corpus& corpus, const RefVisitor& fn) {
    for (const auto& c : corpus.cards) {
        for (const Ref& ref : Refs(c)) { fn({EntityKind::task, c.task.id}, ref); }
    }
}

std::vector<Ref> card_task(const TaskCard& c) { return {c.task}; }
std::vector<Ref> card_stages(const TaskCard& c) { return c.scope.stages; }
std::vector<Ref> card_related(const TaskCard& c) { return c.related.tasks; }
std::vector<Ref> card_conditions(const TaskCard& c) { return c.conditions.conditions; }
std::vector<Ref> card_competences(const TaskCard& c) { return c.capabilities.competences; }
std::vector<Ref> card_technologies(const TaskCard& c) { return c.resources.technologies; }
std::vector<Ref> card_duty_roles(const TaskCard& c) {
    std::vector<Ref> out;
    for (const auto& d : c.duties.roles) { out.push_back(d.role); }
    return out;
}

// A card's prose belongs to its task too.
void card_texts(const Corpus& corpus, const TextVisitor& fn) {
    for (const auto& c : corpus.cards) {
        EntityKey owner{EntityKind::task, c.task.id};
        for (const Text* t : {&c.result.result, &c.result.benefits, &c.result.threats, &c.scope.notes, &c.duties.notes,
                              &c.related.notes, &c.conditions.notes, &c.capabilities.processes, &c.capabilities.notes,
                              &c.resources.information, &c.resources.notes, &c.guidance.actions, &c.guidance.general,
                              &c.guidance.attention}) {
            fn(owner, *t);
        }
        for (const auto& d : c.duties.roles) { fn(owner, d.text); }
    }
}

const std::vector<RefField> k_term_refs = {
    {"see_also", EntityKind::term,
     [](const Corpus& c, const RefVisitor& fn) { each(c.terms, EntityKind::term, id_of<Term>, &Term::see_also, fn); }},
};

const std::vector<RefField> k_role_refs = {
    {"scales", EntityKind::scale,
     [](const Corpus& c, const RefVisitor& fn) { each(c.roles, EntityKind::role, id_of<Role>, &Role::scales, fn); }},
    {"levels", EntityKind::level,
     [](const Corpus& c, const RefVisitor& fn) { each(c.roles, EntityKind::role, id_of<Role>, &Role::levels, fn); }},
};

const std::vector<RefField> k_task_refs = {
    {"related", EntityKind::task,
     [](const Corpus& c, const RefVisitor& fn) { each(c.tasks, EntityKind::task, code_of<Task>, &Task::related, fn); }},
    {"matrix", EntityKind::role,
     [](const Corpus& c, const RefVisitor& fn) {
         for (const auto& t : c.tasks) {
             for (const auto& cell : t.matrix) { fn({EntityKind::task, t.code}, cell.role); }
         }
     }},
    {"card: task", EntityKind::task, card_refs<card_task>},
    {"card: [scope] stages", EntityKind::stage, card_refs<card_stages>},
    {"card: [[duties.role]] role", EntityKind::role, card_refs<card_duty_roles>},
    {"card: [related] tasks", EntityKind::task, card_refs<card_related>},
    {"card: [conditions] conditions", EntityKind::condition, card_refs<card_conditions>},
    {"card: [capabilities] competences", EntityKind::competence, card_refs<card_competences>},
    {"card: [resources] technologies", EntityKind::technology, card_refs<card_technologies>},
};

const std::vector<RefField> k_live_page_refs = {
    {"section.terms", EntityKind::term,
     [](const Corpus& c, const RefVisitor& fn) {
         for (const auto& p : c.site.pages) {
             for (const auto& s : p.sections) {
                 for (const auto& ref : s.terms) { fn({EntityKind::live_page, p.slug}, ref); }
             }
         }
     }},
};

}  // namespace

const std::vector<RecordKindInfo>& record_kinds() {
    using K = EntityKind;
    static const std::vector<RecordKindInfo> k_kinds = {
        {K::term, "term", "jēdziens", "jēdzieni", "content/terms.toml", "[[term]]", "", k_term_refs,
         [](const Corpus& c, const TextVisitor& fn) {
             texts(c.terms, K::term, id_of<Term>, {&Term::definition}, fn);
         }},
        {K::principle, "principle", "princips", "principi", "content/principles.toml", "[[principle]]", "", {},
         [](const Corpus& c, const TextVisitor& fn) {
             texts(c.principles, K::principle, number_of<Principle>, {&Principle::description}, fn);
         }},
        {K::scale, "scale", "mērogs", "mērogi", "content/scales.toml", "[[scale]]", "", {},
         [](const Corpus& c, const TextVisitor& fn) {
             texts(c.scales, K::scale, id_of<Axis>, {&Axis::description}, fn);
         }},
        {K::level, "level", "līmenis", "līmeņi", "content/levels.toml", "[[level]]", "", {},
         [](const Corpus& c, const TextVisitor& fn) {
             texts(c.levels, K::level, id_of<Axis>, {&Axis::description}, fn);
         }},
        {K::stage, "stage", "posms", "posmi", "content/stages.toml", "[[stage]]", "", {}},
        {K::role, "role", "loma", "lomas", "content/roles.toml", "[[role]]", "", k_role_refs,
         [](const Corpus& c, const TextVisitor& fn) {
             texts(c.roles, K::role, id_of<Role>, {&Role::institution, &Role::description, &Role::focus}, fn);
         }},
        {K::task, "task", "uzdevums", "uzdevumi", "content/tasks/*.toml", "(the file)", "PU2-10", k_task_refs,
         card_texts},
        {K::condition_group, "condition group", "nosacījumu grupa", "nosacījumu grupas", "content/conditions.toml",
         "[[group]]", "N4", {}, [](const Corpus& c, const TextVisitor& fn) {
             texts(c.condition_groups, K::condition_group, [](auto& g) { return g.code(); },
                   {&ConditionGroup::description}, fn);
         }},
        {K::condition, "condition", "nosacījums", "nosacījumi", "content/conditions.toml", "[[condition]]", "N4-1", {},
         [](const Corpus& c, const TextVisitor& fn) {
             texts(c.conditions, K::condition, code_of<Condition>, {&Condition::description}, fn);
         }},
        {K::capability, "capability", "spēja", "spējas", "content/capabilities.toml", "[[capability]]", "S2 or S2-4",
         {}, [](const Corpus& c, const TextVisitor& fn) {
             texts(c.capabilities, K::capability, code_of<Capability>, {&Capability::description}, fn);
         }},
        {K::competence, "competence", "kompetence", "kompetences", "content/competences.toml", "[[competence]]", "",
         {}, [](const Corpus& c, const TextVisitor& fn) {
             texts(c.competences, K::competence, id_of<CatalogueItem>, {&CatalogueItem::description}, fn);
         }},
        {K::technology, "technology", "digitālā tehnoloģija", "digitālās tehnoloģijas", "content/technologies.toml",
         "[[technology]]", "", {}, [](const Corpus& c, const TextVisitor& fn) {
             texts(c.technologies, K::technology, id_of<CatalogueItem>, {&CatalogueItem::description}, fn);
         }},
        {K::line, "action line", "rīcības virziens", "rīcības virzieni", "data/workplan.toml", "[[line]]", "RV3", {}},
        {K::measure, "measure", "pasākums", "pasākumi", "data/workplan.toml", "[[measure]]", "P4.2", {},
         [](const Corpus& c, const TextVisitor& fn) {
             texts(c.measures, K::measure, code_of<Measure>, {&Measure::result, &Measure::indicator}, fn);
         }},
        {K::institution_group, "institution group", "iestāžu grupa", "iestāžu grupas", "data/institutions.toml",
         "[[group]]", "", {}, [](const Corpus& c, const TextVisitor& fn) {
             texts(c.institution_groups, K::institution_group, number_of<InstitutionGroup>,
                   {&InstitutionGroup::notes}, fn);
         }},
        {K::page, "page", "lapa", "lapas", "content/pages/*.md", "+++ front matter", "", {},
         [](const Corpus& c, const TextVisitor& fn) {
             texts(c.pages, K::page, [](auto& p) { return p.slug; }, {&Page::body}, fn);
         }},
        {K::live_page, "live page", "nodaļas lapa", "nodaļu lapas", "data/site.toml", "[[page]]", "", k_live_page_refs},
    };
    return k_kinds;
}

const RecordKindInfo& record_kind(EntityKind kind) { return record_kinds().at(static_cast<std::size_t>(kind)); }

void visit_refs(const Corpus& corpus, const std::function<void(const EntityKey&, EntityKind, const Ref&)>& fn) {
    for (const auto& k : record_kinds()) {
        for (const auto& field : k.refs) {
            field.visit(corpus, [&](const EntityKey& owner, const Ref& ref) { fn(owner, field.target, ref); });
        }
    }
}

}  // namespace pvpp
