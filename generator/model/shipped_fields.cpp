// The shipped record kinds, each stated once (a new kind is one entry here and its EntityKind
// value): its names, file, pages and open-data table, and its fields: key, type, the kind it
// names, its Latvian label, the getter that reads it from the model's struct, and what the open
// data says of it. The reference fields are the only place a "names records of kind X" fact is
// stated. Generic passes (reference checking, backlinks, `pvpp diff`, open data, completeness)
// read these; parts that are no kind (the matrix, a role's carriers, a measure's activities)
// are model/parts.cpp's, the cards' sections model/card_sections.cpp's.
#include <algorithm>

#include "model/anchors.h"
#include "model/card_sections.h"
#include "model/parts.h"
#include "model/record_kinds.h"
#include "util/message.h"
#include "util/slug.h"

namespace pvpp {
namespace {

using K = EntityKind;
using F = FieldKind;

// A text field whose only values are listed (the open data's schema gives them as an enum).
FieldInfo one_of(FieldInfo field, std::vector<std::string> values) {
    field.values = std::move(values);
    return field;
}

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
    std::vector<FieldInfo> f{
        {"id", F::text, K::scale, "Identifikators", member<&Axis::id>, "Stable id."},
        {"number", F::number, K::scale, "Numurs", member<&Axis::number>, "Position on the axis.", false, 1, 1000},
        {"name", F::text, K::scale, "Nosaukums", member<&Axis::name>, "Name."}};
    if (scales) {
        f.push_back({"scope", F::text, K::scale, "Tvērums", member<&Axis::scope>, "What the scale covers.", true});
    }
    f.push_back(
        {"description", F::markdown, K::scale, "Apraksts", member<&Axis::description>, "Description (Markdown)."});
    return f;
}

std::vector<FieldInfo> stage_fields() {
    return {
        {"id", F::text, K::stage, "Identifikators", member<&Stage::id>, "Stable id."},
        one_of({"group", F::text, K::stage, "Grupa", member<&Stage::group>, "Policy-level or operational-level stage."},
               {"politikas", "pamatdarbibas"}),
        {"number", F::number, K::stage, "Numurs", member<&Stage::number>, "Position within its group.", false, 1, 1000},
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
    return {
        {"code", F::text, K::task, "Kods", member<&Task::code>, "Task code."},
        {"name", F::text, K::task, "Nosaukums", member<&Task::name>, "Name."},
        {"practice", F::text, K::task, "Prakse", member<&Task::practice>,
         "Name of the practice, e.g. \"Partneru pārvaldība\".", true},
        {"level_group", F::number, K::task, "Līmeņu grupa", [](const void* r) { return as_field(as<Task>(r).group()); },
         "1 policy level, 2 operational and supply level, 3 all levels.", false, 1, 3},
        {"variants", F::strings, K::task, "Citi nosaukumi", member<&Task::variants>,
         "Other wordings of the name in the sources."},
        {"always", F::flag, K::task, "Vienmēr veicams", member<&Task::always>,
         "Whether the task is always performed; null when the sources do not tell.", true},
        {"related", F::refs, K::task, "Saistītie uzdevumi", member<&Task::related>, "Directly related tasks."},
        one_of({"matrix_confidence", F::text, K::task, "Matricas rindas ticamība", derived<&Task::confidence>,
                "How surely the matrix row was read from the sources.", true},
               {"high", "medium", "low", "ambiguous"}),
        {"matrix_note", F::text, K::task, "Piezīme par matricu", derived<&Task::matrix_note>, "Note on the matrix row.",
         true}};
}

std::vector<FieldInfo> condition_group_fields() {
    return {{"code", F::text, K::condition_group, "Kods",
             [](const void* r) { return as_field(as<ConditionGroup>(r).code()); }, "Group code."},
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

// Capabilities and resources are one kind, read from two tables.
FieldValue capability_type(const void* r) {
    return as_field(std::string(as<Capability>(r).resource ? "resource" : "capability"));
}

// An item (S2-4) names its parent (S2) by its code.
FieldValue capability_parent(const void* r) {
    const std::string& code = as<Capability>(r).code;
    auto dash = code.find('-');
    return as_field(dash == std::string::npos ? std::string() : code.substr(0, dash));
}

std::vector<FieldInfo> capability_fields() {
    return {
        {"code", F::text, K::capability, "Kods", member<&Capability::code>,
         "Code: S… for a capability, R… for a resource."},
        one_of({"type", F::text, K::capability, "Veids", capability_type, "Capability or resource."},
               {"capability", "resource"}),
        {"name", F::text, K::capability, "Nosaukums", member<&Capability::name>, "Name."},
        {"parent", F::ref, K::capability, "Virsspēja", capability_parent, "For an item (S2-4), its parent (S2).", true},
        {"slug", F::text, K::capability, "Lapa tiešsaistē", member<&Capability::slug>,
         "Slug of its own page on the live site.", true},
        {"inferred", F::flag, K::capability, "Kods secināts", derived<&Capability::inferred>,
         "The code is inferred: the sources do not state it."},
        one_of({"card_part", F::text, K::capability, "Kartītes daļa", member<&Capability::card_part>,
                "The part of card sections 6–7 that names what a task needs of it.", true},
               card_parts()),
        {"description", F::markdown, K::capability, "Apraksts", member<&Capability::description>,
         "Description (Markdown)."}};
}

std::vector<FieldInfo> catalogue_fields(EntityKind kind) {
    bool technologies = kind == K::technology;
    std::vector<std::string> flags =
        technologies ? std::vector<std::string>{"valstī obligāti centralizēti nodrošināma", "centralizēti nodrošināma"}
                     : std::vector<std::string>{"obligāti iegūstama", "deleģējama"};
    return {
        {"id", F::text, kind, "Identifikators", member<&CatalogueItem::id>, "Stable id."},
        {"name", F::text, kind, "Nosaukums", member<&CatalogueItem::name>, "Name."},
        one_of({"flag", F::text, kind, "Pazīme", member<&CatalogueItem::flag>,
                "The item's flag; null when the sources lost it.", true},
               flags),
        {"description", F::markdown, kind, "Apraksts", member<&CatalogueItem::description>, "Description (Markdown)."}};
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

// The §4.1.5 exclusions are written beside the institution groups and read like them.
void institution_provenance(const Corpus& corpus, const ProvenanceVisitor& fn) {
    for (const auto& g : corpus.institution_groups) {
        fn({EntityKind::institution_group, std::to_string(g.number)}, g.loc, g.provenance);
    }
    for (const auto& e : corpus.exclusions) { fn({EntityKind::institution_group, e.number}, e.loc, e.provenance); }
}

// The site's own settings (its document date) sit in the live pages' file.
void live_page_provenance(const Corpus& corpus, const ProvenanceVisitor& fn) {
    if (!corpus.site.pages.empty()) {
        fn({EntityKind::live_page, "site.toml"}, corpus.site.loc, corpus.site.provenance);
    }
    for (const auto& p : corpus.site.pages) { fn({EntityKind::live_page, p.slug}, p.loc, p.provenance); }
}

// The live pages are listed in the site's settings.
constexpr auto site_pages = [](auto& corpus) -> auto& { return corpus.site.pages; };

// A shipped kind whose records are the list Records of the corpus, keyed by Id and named by
// Name: how messages and readers name it, where editors write it, its pages' folder and live
// chapter page (data/site.toml), its fields and its open-data table; a kind named by codes, which
// prose links, gives an example for messages and how its codes are written.
template <auto Records, EntityKind Kind, auto Id, auto Name>
RecordKindInfo shipped(const char* name, const char* singular, const char* plural, const char* file, const char* table,
                       const char* folder, const char* live_shows, std::vector<FieldInfo> fields, DataTable data,
                       const char* code_example = "", std::vector<CodePattern> codes = {}) {
    RecordKindInfo k{Kind, name, singular, plural, file, table, code_example, {}};
    k.codes = std::move(codes);
    k.folder = folder;
    k.page_template = "page.tpl";
    k.live_shows = live_shows;
    k.fields = std::move(fields);
    k.records = records_of<Records, Kind, Id, Name>;
    k.append = append_to<Records>;
    k.data = data;
    return k;
}

// Its Latvian gender, so reports agree with it ("pievienota loma").
RecordKindInfo feminine(RecordKindInfo k) {
    k.feminine = true;
    return k;
}

using Sub = CodePattern::Sub;
using C = Corpus;

// In EntityKind order. The open data's table title and key pattern are stated where the
// plural and the code patterns do not give them.
std::vector<RecordKindInfo> shipped_list() {
    return {
        shipped<&C::terms, K::term, &Term::id, &Term::name>(N_("term"), "jēdziens", "jēdzieni", "content/terms.toml",
                                                            "[[term]]", "lv/jedzieni/", "terms", term_fields(),
                                                            {"terms", "Glossary terms (jēdzieni)."}),
        shipped<&C::principles, K::principle, &Principle::number, &Principle::name>(
            N_("principle"), "princips", "principi", "content/principles.toml", "[[principle]]", "lv/principi/",
            "principles", principle_fields(),
            {"principles", "General principles of service management.", "vispārējie principi"}),
        shipped<&C::scales, K::scale, &Axis::id, &Axis::name>(
            N_("scale"), "mērogs", "mērogi", "content/scales.toml", "[[scale]]", "lv/merogi/", "roles",
            axis_fields(true), {"scales", "Scales (mērogi), the horizontal axis of the role grid."}),
        shipped<&C::levels, K::level, &Axis::id, &Axis::name>(
            N_("level"), "līmenis", "līmeņi", "content/levels.toml", "[[level]]", "lv/limeni/", "roles",
            axis_fields(false), {"levels", "Levels (līmeņi), the vertical axis of the role grid."}),
        shipped<&C::stages, K::stage, &Stage::id, &Stage::name>(
            N_("stage"), "posms", "posmi", "content/stages.toml", "[[stage]]", "lv/posmi/", "", stage_fields(),
            {"stages", "Stages of service management (posmi).", "pārvaldības posmi"}),
        feminine(shipped<&C::roles, K::role, &Role::id, &Role::name>(
            N_("role"), "loma", "lomas", "content/roles.toml", "[[role]]", "lv/lomas/", "roles", role_fields(),
            {"roles", "Roles of service management (1. loma … 10. loma)."})),
        shipped<&C::tasks, K::task, &Task::code, &Task::name>(
            N_("task"), "uzdevums", "uzdevumi", "content/tasks/*.toml", "(the file)", "lv/uzdevumi/", "tasks",
            task_fields(),
            {"tasks", "Service management tasks (uzdevumi) PU1-1 … PU3-4 with their A/L matrix row.", "",
             "^PU[1-3]-[0-9]+$"},
            "PU2-10", {{"PU", '-', Sub::required}}),
        feminine(shipped<&C::condition_groups, K::condition_group, &ConditionGroup::code, &ConditionGroup::name>(
            N_("condition group"), "nosacījumu grupa", "nosacījumu grupas", "content/conditions.toml", "[[group]]",
            "lv/nosacijumi/", "conditions", condition_group_fields(),
            {"condition_groups", "Groups of the conditions (N1 … N10).", "", "^N[0-9]+$"}, "N4",
            {{"N", '-', Sub::none}})),
        shipped<&C::conditions, K::condition, &Condition::code, &Condition::name>(
            N_("condition"), "nosacījums", "nosacījumi", "content/conditions.toml", "[[condition]]", "lv/nosacijumi/",
            "conditions", condition_fields(),
            {"conditions", "Conditions for creating, providing and improving services (nosacījumi) N1-1 … N10-1.", "",
             "^N[0-9]+-[0-9]+$"},
            "N4-1", {{"N", '-', Sub::required}}),
        // Its pages live at the live site's slug or under spejas/ or resursi/ (render/common/urls.cpp).
        feminine(shipped<&C::capabilities, K::capability, &Capability::code, &Capability::name>(
            N_("capability"), "spēja", "spējas", "content/capabilities.toml", "[[capability]]", "", "capabilities",
            capability_fields(),
            {"capabilities", "Capabilities (spējas, S…) and resources (resursi, R…), and their named items (S2-4).",
             "spējas un resursi", "^[SR][0-9]+(-[0-9]+)?$"},
            N_("S2 or S2-4"), {{"S", '-', Sub::optional}, {"R", '-', Sub::optional, N_("resource")}})),
        feminine(shipped<&C::competences, K::competence, &CatalogueItem::id, &CatalogueItem::name>(
            N_("competence"), "kompetence", "kompetences", "content/competences.toml", "[[competence]]",
            "lv/kompetences/", "", catalogue_fields(K::competence),
            {"competences", "Competences named by card section 6."})),
        feminine(shipped<&C::technologies, K::technology, &CatalogueItem::id, &CatalogueItem::name>(
            N_("technology"), "digitālā tehnoloģija", "digitālās tehnoloģijas", "content/technologies.toml",
            "[[technology]]", "lv/tehnologijas/", "", catalogue_fields(K::technology),
            {"technologies", "Digital technologies named by card section 7."})),
        shipped<&C::lines, K::line, &ActionLine::code, &ActionLine::name>(
            N_("action line"), "rīcības virziens", "rīcības virzieni", "data/workplan.toml", "[[line]]",
            "lv/darba-plans/", "", line_fields(),
            {"action_lines", "Action lines (rīcības virzieni) RV1 … RV7 of the work plan.", "", "^RV[0-9]+$"}, "RV3",
            {{"RV", '-', Sub::none}}),
        shipped<&C::measures, K::measure, &Measure::code, &Measure::name>(
            N_("measure"), "pasākums", "pasākumi", "data/workplan.toml", "[[measure]]", "lv/darba-plans/", "",
            measure_fields(), {"measures", "Measures (pasākumi) P1.1 … of the work plan.", "", "^P[0-9]+\\.[0-9]+$"},
            "P4.2", {{"P", '.', Sub::required}}),
        feminine(
            shipped<&C::institution_groups, K::institution_group, &InstitutionGroup::number, &InstitutionGroup::name>(
                N_("institution group"), "iestāžu grupa", "iestāžu grupas", "data/institutions.toml", "[[group]]",
                "lv/iestades/", "institutions", institution_group_fields(),
                {"institution_groups", "Institution groups (Table 1 of the plan) and what applies to them."})),
        // Pages and chapter pages live at their own slugs under lv/.
        feminine(shipped<&C::pages, K::page, &Page::slug, &Page::title>(
            N_("page"), "lapa", "lapas", "content/pages/*.md", "+++ front matter", "", "", page_fields(),
            {"pages", "Prose pages: the plan's chapters and the materials.", "teksta lapas"})),
        // Only the site's settings: no table of its own in the open data.
        feminine(shipped<site_pages, K::live_page, &LivePage::slug, &LivePage::title>(
            N_("live page"), "nodaļas lapa", "nodaļu lapas", "data/site.toml", "[[page]]", "", "", live_page_fields(),
            {})),
    };
}

}  // namespace

// Then what a kind has of its own: the task's matrix and card texts, the provenance of files
// that hold more than their records, the live pages' sections.
namespace {

// The anchors the live site makes otherwise than from a record's name (model/anchors.h).
template <typename T, std::string (*Anchor)(const T&)>
std::string anchor_by(const Corpus&, const RecordView& r) {
    return Anchor(as<T>(r.record));
}

std::string group_anchor(const Corpus&, const RecordView& r) { return slugify(r.key.id + " " + std::string(r.name)); }

// A condition's heading names its group.
std::string condition_live_anchor(const Corpus& corpus, const RecordView& r) {
    const auto& c = as<Condition>(r.record);
    auto g = std::find_if(corpus.condition_groups.begin(), corpus.condition_groups.end(),
                          [&](const ConditionGroup& x) { return x.number == c.group(); });
    return condition_anchor(c, g == corpus.condition_groups.end() ? "" : g->name);
}

}  // namespace

void describe_shipped_fields(std::vector<RecordKindInfo>& kinds) {
    kinds = shipped_list();
    auto at = [&](EntityKind k) -> RecordKindInfo& { return kinds[static_cast<std::size_t>(k)]; };
    at(K::task).parts = {&k_matrix};
    at(K::task).texts = card_texts;
    at(K::institution_group).provenance = institution_provenance;
    at(K::live_page).parts = {&k_live_sections};
    at(K::live_page).provenance = live_page_provenance;
    at(K::role).anchor = anchor_by<Role, role_anchor>;
    at(K::task).anchor = anchor_by<Task, task_anchor>;
    at(K::capability).anchor = anchor_by<Capability, capability_anchor>;
    at(K::condition_group).anchor = group_anchor;
    at(K::condition).anchor = condition_live_anchor;
}

}  // namespace pvpp
