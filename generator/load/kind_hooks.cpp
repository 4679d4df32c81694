// What loading a kind does beyond its descriptor's fields (model/shipped_fields.cpp), kind by
// kind: a task's matrix, a role's carriers, a live page's sections, a capability's derived code
// status, the other tables of a file. A kind not listed is read by its fields alone; a part
// that is no kind (a carrier, a milestone) is read by read_parts as model/parts.h describes it.
#include <algorithm>

#include "load/record_loaders.h"

namespace pvpp {
namespace {

using K = EntityKind;

// A term's source is its provenance's, inherited from its file when it names none.
void derive_term_source(Term& term) { term.source = term.provenance.record.source; }

// levels.toml also says which roles each group of tasks involves. A group is read as any number
// key is (1 … 1000): one that the task codes do not know is the rules' to report, at its number
// (validate/check_rules.cpp); the open data states the three there are.
RecordPart loaded_task_groups() {
    RecordPart part = k_task_groups;
    part.fields.at(0).maximum = 1000;
    return part;
}

void group_loc(TableReader& t, TaskGroupRoles& g) { g.loc = t.value_loc("group"); }

void load_task_groups(TableReader& root, Corpus& corpus) {
    static const RecordPart part = loaded_task_groups();
    read_parts(root, part, corpus.task_group_roles, group_loc);
}

void read_carriers(TableReader& t, Role& role) { read_parts(t, k_carriers, role.carriers); }

// A capability's live page and a page's address are checked long after loading, at the slug.
template <typename T>
void read_slug_loc(TableReader& t, T& record) {
    record.slug_loc = t.value_loc("slug");
}

// A code the sources do not state is marked inferred on the code's provenance.
void derive_inferred_code(Capability& capability) {
    capability.inferred = capability.provenance.of("code").status == Status::inferred;
}

// Resources (R…) are written as [[resource]] beside the capabilities and read like them.
void load_resources(TableReader& root, Corpus& corpus) {
    std::size_t first = corpus.capabilities.size();
    load_records(root, K::capability, "resource", corpus);
    for (std::size_t i = first; i < corpus.capabilities.size(); ++i) { corpus.capabilities[i].resource = true; }
}

// Named as members are, with their positions, so that a name no member has is reported there.
void read_outside_work_plan(TableReader& t, InstitutionGroup& group) {
    group.outside_work_plan = t.refs("outside_work_plan");
}

// The §4.1.5 exclusions are written beside the institution groups.
void load_exclusions(TableReader& root, Corpus& corpus) { read_parts(root, k_exclusions, corpus.exclusions); }

// A live page's slug and shows are checked after loading, at their values; its sections give
// the live anchors.
void read_live_page_parts(TableReader& t, LivePage& page) {
    page.slug_loc = t.value_loc("slug");
    page.shows_loc = t.value_loc("shows");
    read_parts(t, k_live_sections, page.sections);
}

template <typename T, void (*Read)(TableReader&, T&)>
void on_table(TableReader& t, void* record) {
    Read(t, *static_cast<T*>(record));
}

template <typename T, void (*Derive)(T&)>
void on_record(void* record) {
    Derive(*static_cast<T*>(record));
}

const std::vector<KindHooks>& hooks() {
    static const std::vector<KindHooks> list = {
        {K::term, nullptr, on_record<Term, derive_term_source>},
        {K::level, nullptr, nullptr, load_task_groups},
        {K::role, on_table<Role, read_carriers>},
        {K::task, on_table<Task, read_task_parts>},
        {K::capability, on_table<Capability, read_slug_loc<Capability>>, on_record<Capability, derive_inferred_code>,
         load_resources},
        {K::measure, on_table<Measure, read_activities>, nullptr, load_milestones},
        {K::institution_group, on_table<InstitutionGroup, read_outside_work_plan>, nullptr, load_exclusions},
        {K::page, on_table<Page, read_slug_loc<Page>>},
        {K::live_page, on_table<LivePage, read_live_page_parts>},
    };
    return list;
}

}  // namespace

const KindHooks* kind_hooks(EntityKind kind) {
    const auto& list = hooks();
    auto found = std::find_if(list.begin(), list.end(), [&](const KindHooks& h) { return h.kind == kind; });
    return found == list.end() ? nullptr : &*found;
}

}  // namespace pvpp
