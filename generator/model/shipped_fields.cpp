// The fields of the shipped record kinds, each stated once: key, type, the kind it names, its
// Latvian label, the getter that reads it from the model's struct, and what the open data says
// of it. Generic passes (reference checking, backlinks, `pvpp diff`, open data, completeness)
// read these; parts with a shape of their own (the matrix, the cards' sections, a role's
// carriers, a measure's activities) stay in their modules.
#include "model/record_kinds.h"

namespace pvpp {
namespace {

using K = EntityKind;
using F = FieldKind;

template <typename T>
std::string id_of(const T& r) { return r.id; }
template <typename T>
std::string code_of(const T& r) { return r.code; }
template <typename T>
std::string number_of(const T& r) { return std::to_string(r.number); }
std::string group_code(const ConditionGroup& g) { return g.code(); }
std::string page_slug(const Page& p) { return p.slug; }

template <typename T>
const T& as(const void* r) { return *static_cast<const T*>(r); }

std::vector<FieldInfo> term_fields() {
    return {{"id", F::text, K::term, "Identifikators", member<&Term::id>, "Stable id of the term."},
            {"name", F::text, K::term, "Nosaukums", member<&Term::name>, "The term in its base form."},
            {"forms", F::strings, K::term, "Vārdformas", member<&Term::forms>,
             "Inflected forms that count as a use of the term."},
            {"definition", F::markdown, K::term, "Definīcija", member<&Term::definition>,
             "Definition (Markdown); null when the sources give none."},
            {"see_also", F::refs, K::term, "Skatīt arī", member<&Term::see_also>, "Related terms."},
            {"source", F::text, K::term, "Avots", derived<&Term::source>, "Where the definition comes from.", true}};
}

std::vector<FieldInfo> principle_fields() {
    return {{"number", F::number, K::principle, "Numurs", member<&Principle::number>, "Number of the principle.", false,
             1, 1000},
            {"name", F::text, K::principle, "Nosaukums", member<&Principle::name>, "Name."},
            {"description", F::markdown, K::principle, "Apraksts", member<&Principle::description>,
             "Description (Markdown)."}};
}

// Scales (horizontal axis) have a scope; levels (vertical axis) do not.
std::vector<FieldInfo> axis_fields(bool scales) {
    std::vector<FieldInfo> f{{"id", F::text, K::scale, "Identifikators", member<&Axis::id>, "Stable id."},
                             {"number", F::number, K::scale, "Numurs", member<&Axis::number>, "Position on the axis.",
                              false, 1, 1000},
                             {"name", F::text, K::scale, "Nosaukums", member<&Axis::name>, "Name."}};
    if (scales) {
        f.push_back({"scope", F::text, K::scale, "Tvērums", member<&Axis::scope>, "What the scale covers.", true});
    }
    f.push_back({"description", F::markdown, K::scale, "Apraksts", member<&Axis::description>,
                 "Description (Markdown)."});
    return f;
}

std::vector<FieldInfo> stage_fields() {
    return {{"id", F::text, K::stage, "Identifikators", member<&Stage::id>, "Stable id."},
            {"group", F::text, K::stage, "Grupa", member<&Stage::group>, "Policy-level or operational-level stage.",
             false, {}, {}, {"politikas", "pamatdarbibas"}},
            {"number", F::number, K::stage, "Numurs", member<&Stage::number>, "Position within its group.", false, 1,
             1000},
            {"name", F::text, K::stage, "Nosaukums", member<&Stage::name>, "Name."}};
}

std::vector<FieldInfo> role_fields() {
    return {{"id", F::text, K::role, "Identifikators", member<&Role::id>, "Stable id."},
            {"number", F::number, K::role, "Numurs", member<&Role::number>, "Number of the role.", false, 1, 1000},
            {"name", F::text, K::role, "Nosaukums", member<&Role::name>, "Name."},
            {"institution", F::markdown, K::role, "Atbilstošā iestāde", member<&Role::institution>,
             "Matching institution (Markdown)."},
            {"description", F::markdown, K::role, "Apraksts", member<&Role::description>, "Description (Markdown)."},
            {"focus", F::markdown, K::role, "Fokuss", member<&Role::focus>, "Focus (Markdown)."},
            {"scales", F::refs, K::scale, "Mērogi", member<&Role::scales>, "Scales the role acts at."},
            {"levels", F::refs, K::level, "Līmeņi", member<&Role::levels>, "Levels the role acts at."},
            {"rules", F::strings, K::role, "Noteikumi", member<&Role::rules>, "Rules that apply to the role."}};
}

std::vector<FieldInfo> task_fields() {
    return {{"code", F::text, K::task, "Kods", member<&Task::code>, "Task code."},
            {"name", F::text, K::task, "Nosaukums", member<&Task::name>, "Name."},
            {"practice", F::text, K::task, "Prakse", member<&Task::practice>,
             "Name of the practice, e.g. \"Partneru pārvaldība\".", true},
            {"level_group", F::number, K::task, "Līmeņu grupa",
             [](const void* r) { return as_field(as<Task>(r).group()); },
             "1 policy level, 2 operational and supply level, 3 all levels.", false, 1, 3},
            {"variants", F::strings, K::task, "Citi nosaukumi", member<&Task::variants>,
             "Other wordings of the name in the sources."},
            {"always", F::flag, K::task, "Vienmēr veicams", member<&Task::always>,
             "Whether the task is always performed; null when the sources do not tell.", true},
            {"related", F::refs, K::task, "Saistītie uzdevumi", member<&Task::related>, "Directly related tasks."},
            {"matrix_confidence", F::text, K::task, "Matricas rindas ticamība", derived<&Task::confidence>,
             "How surely the matrix row was read from the sources.", true, {}, {}, {"high", "medium", "low", "ambiguous"}},
            {"matrix_note", F::text, K::task, "Piezīme par matricu", derived<&Task::matrix_note>,
             "Note on the matrix row.", true}};
}

std::vector<FieldInfo> condition_group_fields() {
    return {{"code", F::text, K::condition_group, "Kods", [](const void* r) { return as_field(as<ConditionGroup>(r).code()); },
             "Group code."},
            {"number", F::number, K::condition_group, "Numurs", member<&ConditionGroup::number>, "Number of the group.",
             false, 1, 1000},
            {"name", F::text, K::condition_group, "Nosaukums", member<&ConditionGroup::name>, "Name."},
            {"description", F::markdown, K::condition_group, "Apraksts", member<&ConditionGroup::description>,
             "Description (Markdown)."}};
}

std::vector<FieldInfo> condition_fields() {
    return {{"code", F::text, K::condition, "Kods", member<&Condition::code>, "Condition code."},
            {"name", F::text, K::condition, "Nosaukums", member<&Condition::name>, "Name."},
            {"group", F::ref, K::condition_group, "Grupa",
             [](const void* r) { return as_field("N" + std::to_string(as<Condition>(r).group())); },
             "The group the code names."},
            {"items", F::strings, K::condition, "Apakšpunkti", member<&Condition::items>,
             "Named sub-items, e.g. e-pakalpojumi."},
            {"description", F::markdown, K::condition, "Apraksts", member<&Condition::description>,
             "Description (Markdown)."}};
}

// An item (S2-4) names its parent (S2) by its code.
FieldValue capability_parent(const void* r) {
    const std::string& code = as<Capability>(r).code;
    auto dash = code.find('-');
    return as_field(dash == std::string::npos ? std::string() : code.substr(0, dash));
}

std::vector<FieldInfo> capability_fields() {
    return {{"code", F::text, K::capability, "Kods", member<&Capability::code>,
             "Code: S… for a capability, R… for a resource."},
            {"type", F::text, K::capability, "Veids",
             [](const void* r) { return as_field(std::string(as<Capability>(r).resource ? "resource" : "capability")); },
             "Capability or resource.", false, {}, {}, {"capability", "resource"}},
            {"name", F::text, K::capability, "Nosaukums", member<&Capability::name>, "Name."},
            {"parent", F::ref, K::capability, "Virsspēja", capability_parent, "For an item (S2-4), its parent (S2).",
             true},
            {"slug", F::text, K::capability, "Lapa tiešsaistē", member<&Capability::slug>,
             "Slug of its own page on the live site.", true},
            {"inferred", F::flag, K::capability, "Kods secināts", derived<&Capability::inferred>,
             "The code is inferred: the sources do not state it."},
            {"card_part", F::text, K::capability, "Kartītes daļa", member<&Capability::card_part>,
             "The part of card sections 6–7 that names what a task needs of it.", true, {}, {}, card_parts()},
            {"description", F::markdown, K::capability, "Apraksts", member<&Capability::description>,
             "Description (Markdown)."}};
}

std::vector<FieldInfo> catalogue_fields(EntityKind kind) {
    bool technologies = kind == K::technology;
    std::vector<std::string> flags = technologies ? std::vector<std::string>{"valstī obligāti centralizēti nodrošināma",
                                                                             "centralizēti nodrošināma"}
                                                  : std::vector<std::string>{"obligāti iegūstama", "deleģējama"};
    return {{"id", F::text, kind, "Identifikators", member<&CatalogueItem::id>, "Stable id."},
            {"name", F::text, kind, "Nosaukums", member<&CatalogueItem::name>, "Name."},
            {"flag", F::text, kind, "Pazīme", member<&CatalogueItem::flag>,
             "The item's flag; null when the sources lost it.", true, {}, {}, flags},
            {"description", F::markdown, kind, "Apraksts", member<&CatalogueItem::description>,
             "Description (Markdown)."}};
}

std::vector<FieldInfo> line_fields() {
    return {{"code", F::text, K::line, "Kods", member<&ActionLine::code>, "Action line code."},
            {"name", F::text, K::line, "Nosaukums", member<&ActionLine::name>, "Name."},
            {"schedule", F::schedule, K::line, "Laika plāns", member<&ActionLine::schedule>, "Planned dates."}};
}

std::vector<FieldInfo> measure_fields() {
    return {{"code", F::text, K::measure, "Kods", member<&Measure::code>, "Measure code."},
            {"name", F::text, K::measure, "Nosaukums", member<&Measure::name>, "Name."},
            {"action_line", F::ref, K::line, "Rīcības virziens",
             [](const void* r) { return as_field(as<Measure>(r).line_code()); }, "The action line the code names."},
            {"schedule", F::schedule, K::measure, "Laika plāns", member<&Measure::schedule>, "Planned dates."},
            {"result", F::markdown, K::measure, "Rezultāts", member<&Measure::result>, "Result (Markdown)."},
            {"indicator", F::markdown, K::measure, "Rādītājs", member<&Measure::indicator>, "Indicator (Markdown)."},
            {"responsible", F::strings, K::measure, "Atbildīgie", member<&Measure::responsible>,
             "Responsible institutions."},
            {"co_responsible", F::strings, K::measure, "Līdzatbildīgie", member<&Measure::co_responsible>,
             "Co-responsible institutions."},
            {"after_2027", F::flag, K::measure, "Turpinās pēc 2027. gada", member<&Measure::after_2027>,
             "Continues after 2027; null when the sources do not say.", true},
            {"phase", F::text, K::measure, "Posms", member<&Measure::phase>, "Phase of the plan.", true}};
}

std::vector<FieldInfo> institution_group_fields() {
    return {{"number", F::number, K::institution_group, "Numurs", member<&InstitutionGroup::number>,
             "Number of the group.", false, 1, 1000},
            {"name", F::text, K::institution_group, "Nosaukums", member<&InstitutionGroup::name>, "Name."},
            {"members", F::strings, K::institution_group, "Iestādes", member<&InstitutionGroup::members>,
             "Kinds of institution in the group."},
            {"policy", F::flag, K::institution_group, "Attiecas politika", member<&InstitutionGroup::policy>,
             "The service management policy applies."},
            {"work_plan", F::flag, K::institution_group, "Attiecas darba plāns", member<&InstitutionGroup::work_plan>,
             "The work plan's measures (1st round) apply; null when the sources do not say.", true},
            {"outside_work_plan", F::strings, K::institution_group, "Darba plāns neattiecas uz",
             [](const void* r) {
                 FieldValue v;
                 for (const auto& ref : as<InstitutionGroup>(r).outside_work_plan) { v.strings.push_back(ref.id); }
                 return v;
             },
             "Members the work plan does not apply to (named as in members)."},
            {"notes", F::markdown, K::institution_group, "Piezīmes", member<&InstitutionGroup::notes>,
             "Notes (Markdown)."}};
}

std::vector<FieldInfo> page_fields() {
    return {{"slug", F::text, K::page, "Adrese", member<&Page::slug>, "Slug of the page."},
            {"title", F::text, K::page, "Virsraksts", member<&Page::title>, "Title."},
            {"chapter", F::text, K::page, "Nodaļa", member<&Page::chapter>,
             "Chapter number of the plan, for a chapter page.", true},
            {"weight", F::number, K::page, "Secība", member<&Page::weight>, "Sort order.", false, {}, {}, {}, false},
            {"live", F::flag, K::page, "Ir tiešsaistē", member<&Page::live>,
             "varam.gov.lv has the page too (it gets a CMS fragment)."},
            {"body", F::markdown, K::page, "Teksts", derived<&Page::body>, "The page (Markdown)."}};
}

std::vector<FieldInfo> live_page_fields() {
    return {{"id", F::text, K::live_page, "Identifikators", member<&LivePage::id>, "Stable id."},
            {"slug", F::text, K::live_page, "Adrese", member<&LivePage::slug>, "Slug on the live site."},
            {"title", F::text, K::live_page, "Virsraksts", member<&LivePage::title>,
             "Title; none when the page is named by its slug.", true},
            {"menu", F::text, K::live_page, "Izvēlnē", member<&LivePage::menu>, "Short label in the navigation.", true},
            {"shows", F::text, K::live_page, "Rāda", member<&LivePage::shows>, "The records the page lists.", true}};
}

RecordSlot append_live_page(Corpus& corpus) {
    LivePage& p = corpus.site.pages.emplace_back();
    return {&p, &p.loc, &p.provenance};
}

void each_live_page(const Corpus& corpus, const RecordVisitor& fn) {
    for (const auto& p : corpus.site.pages) { fn({{K::live_page, p.slug}, p.title, &p.loc, &p.provenance, &p}); }
}

// Each kind's open-data table: its name and description, its title and key pattern where the
// plural and the code patterns do not give them.
void describe_tables(std::vector<RecordKindInfo>& kinds) {
    auto at = [&](EntityKind k) -> DataTable& { return kinds[static_cast<std::size_t>(k)].data; };
    at(K::term) = {"terms", "Glossary terms (jēdzieni)."};
    at(K::principle) = {"principles", "General principles of service management.", "vispārējie principi"};
    at(K::scale) = {"scales", "Scales (mērogi), the horizontal axis of the role grid."};
    at(K::level) = {"levels", "Levels (līmeņi), the vertical axis of the role grid."};
    at(K::stage) = {"stages", "Stages of service management (posmi).", "pārvaldības posmi"};
    at(K::role) = {"roles", "Roles of service management (1. loma … 10. loma)."};
    at(K::task) = {"tasks", "Service management tasks (uzdevumi) PU1-1 … PU3-4 with their A/L matrix row.", "",
                   "^PU[1-3]-[0-9]+$"};
    at(K::condition_group) = {"condition_groups", "Groups of the conditions (N1 … N10).", "", "^N[0-9]+$"};
    at(K::condition) = {"conditions",
                        "Conditions for creating, providing and improving services (nosacījumi) N1-1 … N10-1.", "",
                        "^N[0-9]+-[0-9]+$"};
    at(K::capability) = {"capabilities",
                         "Capabilities (spējas, S…) and resources (resursi, R…), and their named items (S2-4).",
                         "spējas un resursi", "^[SR][0-9]+(-[0-9]+)?$"};
    at(K::competence) = {"competences", "Competences named by card section 6."};
    at(K::technology) = {"technologies", "Digital technologies named by card section 7."};
    at(K::line) = {"action_lines", "Action lines (rīcības virzieni) RV1 … RV7 of the work plan.", "", "^RV[0-9]+$"};
    at(K::measure) = {"measures", "Measures (pasākumi) P1.1 … of the work plan.", "", "^P[0-9]+\\.[0-9]+$"};
    at(K::institution_group) = {"institution_groups", "Institution groups (Table 1 of the plan) and what applies to them."};
    at(K::page) = {"pages", "Prose pages: the plan's chapters and the materials.", "teksta lapas"};
}

}  // namespace

void describe_shipped_fields(std::vector<RecordKindInfo>& kinds) {
    auto at = [&](EntityKind k) -> RecordKindInfo& { return kinds[static_cast<std::size_t>(k)]; };
    at(K::term).append = append_to<&Corpus::terms>;
    at(K::term).fields = term_fields();
    at(K::term).records = records_of<&Corpus::terms, K::term, id_of<Term>, &Term::name>;
    at(K::principle).append = append_to<&Corpus::principles>;
    at(K::principle).fields = principle_fields();
    at(K::principle).records = records_of<&Corpus::principles, K::principle, number_of<Principle>, &Principle::name>;
    at(K::scale).append = append_to<&Corpus::scales>;
    at(K::scale).fields = axis_fields(true);
    at(K::scale).records = records_of<&Corpus::scales, K::scale, id_of<Axis>, &Axis::name>;
    at(K::level).append = append_to<&Corpus::levels>;
    at(K::level).fields = axis_fields(false);
    at(K::level).records = records_of<&Corpus::levels, K::level, id_of<Axis>, &Axis::name>;
    at(K::stage).append = append_to<&Corpus::stages>;
    at(K::stage).fields = stage_fields();
    at(K::stage).records = records_of<&Corpus::stages, K::stage, id_of<Stage>, &Stage::name>;
    at(K::role).append = append_to<&Corpus::roles>;
    at(K::role).fields = role_fields();
    at(K::role).records = records_of<&Corpus::roles, K::role, id_of<Role>, &Role::name>;
    at(K::task).append = append_to<&Corpus::tasks>;
    at(K::task).fields = task_fields();
    at(K::task).records = records_of<&Corpus::tasks, K::task, code_of<Task>, &Task::name>;
    at(K::condition_group).append = append_to<&Corpus::condition_groups>;
    at(K::condition_group).fields = condition_group_fields();
    at(K::condition_group).records = records_of<&Corpus::condition_groups, K::condition_group, group_code, &ConditionGroup::name>;
    at(K::condition).append = append_to<&Corpus::conditions>;
    at(K::condition).fields = condition_fields();
    at(K::condition).records = records_of<&Corpus::conditions, K::condition, code_of<Condition>, &Condition::name>;
    at(K::capability).append = append_to<&Corpus::capabilities>;
    at(K::capability).fields = capability_fields();
    at(K::capability).records = records_of<&Corpus::capabilities, K::capability, code_of<Capability>, &Capability::name>;
    at(K::competence).append = append_to<&Corpus::competences>;
    at(K::competence).fields = catalogue_fields(K::competence);
    at(K::competence).records = records_of<&Corpus::competences, K::competence, id_of<CatalogueItem>, &CatalogueItem::name>;
    at(K::technology).append = append_to<&Corpus::technologies>;
    at(K::technology).fields = catalogue_fields(K::technology);
    at(K::technology).records = records_of<&Corpus::technologies, K::technology, id_of<CatalogueItem>, &CatalogueItem::name>;
    at(K::line).append = append_to<&Corpus::lines>;
    at(K::line).fields = line_fields();
    at(K::line).records = records_of<&Corpus::lines, K::line, code_of<ActionLine>, &ActionLine::name>;
    at(K::measure).append = append_to<&Corpus::measures>;
    at(K::measure).fields = measure_fields();
    at(K::measure).records = records_of<&Corpus::measures, K::measure, code_of<Measure>, &Measure::name>;
    at(K::institution_group).append = append_to<&Corpus::institution_groups>;
    at(K::institution_group).fields = institution_group_fields();
    at(K::institution_group).records =
        records_of<&Corpus::institution_groups, K::institution_group, number_of<InstitutionGroup>, &InstitutionGroup::name>;
    at(K::page).append = append_to<&Corpus::pages>;
    at(K::page).fields = page_fields();
    at(K::page).records = records_of<&Corpus::pages, K::page, page_slug, &Page::title>;
    at(K::live_page).fields = live_page_fields();
    at(K::live_page).records = each_live_page;
    at(K::live_page).append = append_live_page;
    for (K k : {K::role, K::condition_group, K::capability, K::competence, K::technology, K::institution_group, K::page,
                K::live_page}) {
        at(k).feminine = true;
    }
    describe_tables(kinds);
}

}  // namespace pvpp
