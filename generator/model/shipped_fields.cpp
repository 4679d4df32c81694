// The fields of each shipped record kind, each stated once: key, type, the kind it names, its
// Latvian label, the getter (and setter) that reads it from the model's struct, and what the open
// data says of it. The reference fields are the only place a "names records of kind X" fact is
// stated. The kinds themselves (names, files, pages, hooks) are model/shipped_kinds.cpp's.
#include "model/shipped_fields.h"

#include "model/corpus.h"

namespace pvpp {
namespace {

using K = EntityKind;
using F = FieldKind;

// A text field whose only values are listed (the open data's schema gives them as an enum).
FieldInfo one_of(FieldInfo field, std::vector<std::string> values) {
    field.values = std::move(values);
    return field;
}

}  // namespace

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

namespace {

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

}  // namespace

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

}  // namespace pvpp
