// The shipped record kinds, each stated once (a new kind is one entry here, its EntityKind value
// and its fields in model/shipped_fields.cpp): how messages and readers name it, where editors
// write it, its pages, its live place and open-data table, and what it has of its own (hooks).
// Parts that are no kind (the matrix, a role's carriers, a measure's activities) are described in
// model/parts.cpp and listed on their kind here, the cards' sections in model/card_sections.cpp.
#include <algorithm>

#include "model/anchors.h"
#include "model/card_sections.h"
#include "model/parts.h"
#include "model/record_kinds.h"
#include "model/shipped_fields.h"
#include "util/message.h"
#include "util/slug.h"

namespace pvpp {
namespace {

using K = EntityKind;

// The site's own settings (its document date) sit in the live pages' file.
void live_page_provenance(const Corpus& corpus, const ProvenanceVisitor& fn) {
    if (!corpus.site.pages.empty()) { fn({EntityKind::live_page, "site.toml"}, corpus.site); }
    for (const auto& p : corpus.site.pages) { fn({EntityKind::live_page, p.slug}, p); }
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

// The list, then what a kind has of its own: the parts of its records and file, the task's card
// texts, the provenance of the site's settings, the live anchors.
std::vector<RecordKindInfo> shipped_kinds() {
    std::vector<RecordKindInfo> kinds = shipped_list();
    auto at = [&](EntityKind k) -> RecordKindInfo& { return kinds[static_cast<std::size_t>(k)]; };
    at(K::level).parts = {&k_task_groups};
    at(K::role).parts = {&k_carriers};
    at(K::task).parts = {&k_matrix};
    at(K::line).parts = {&k_milestones};
    at(K::measure).parts = {&k_activities};
    at(K::institution_group).parts = {&k_exclusions};
    at(K::live_page).parts = {&k_live_sections};
    at(K::task).texts = card_texts;
    at(K::live_page).provenance = live_page_provenance;
    at(K::role).anchor = anchor_by<Role, role_anchor>;
    at(K::task).anchor = anchor_by<Task, task_anchor>;
    at(K::capability).anchor = anchor_by<Capability, capability_anchor>;
    at(K::condition_group).anchor = group_anchor;
    at(K::condition).anchor = condition_live_anchor;
    return kinds;
}

}  // namespace pvpp
