// The list of record kinds. A new kind is one entry here (and its EntityKind value);
// the reference fields below are the only place a "names records of kind X" fact is stated.
#include "model/record_kinds.h"

#include "model/card_sections.h"
#include "util/message.h"

namespace pvpp {
namespace {

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

// A task's matrix names roles; its card's references follow (model/card_sections.cpp).
void matrix_refs(const Corpus& corpus, const RefVisitor& fn) {
    for (const auto& t : corpus.tasks) {
        for (const auto& cell : t.matrix) { fn({EntityKind::task, t.code}, cell.role); }
    }
}

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

using Sub = CodePattern::Sub;
const char* const k_page = "page.tpl";

std::vector<RecordKindInfo> shipped_kinds() {
    using K = EntityKind;
    return {
        {K::term, N_("term"), "jēdziens", "jēdzieni", "content/terms.toml", "[[term]]", "", {},
         nullptr,
         nullptr, {}, "lv/jedzieni/", k_page, "terms"},
        {K::principle, N_("principle"), "princips", "principi", "content/principles.toml", "[[principle]]", "", {},
         nullptr,
         nullptr, {}, "lv/principi/",
         k_page, "principles"},
        {K::scale, N_("scale"), "mērogs", "mērogi", "content/scales.toml", "[[scale]]", "", {},
         nullptr,
         nullptr, {}, "lv/merogi/", k_page, "roles"},
        {K::level, N_("level"), "līmenis", "līmeņi", "content/levels.toml", "[[level]]", "", {},
         nullptr,
         nullptr, {}, "lv/limeni/", k_page, "roles"},
        {K::stage, N_("stage"), "posms", "posmi", "content/stages.toml", "[[stage]]", "", {}, nullptr,
         nullptr, {}, "lv/posmi/",
         k_page},
        {K::role, N_("role"), "loma", "lomas", "content/roles.toml", "[[role]]", "", {},
         nullptr,
         nullptr, {},
         "lv/lomas/", k_page, "roles"},
        {K::task, N_("task"), "uzdevums", "uzdevumi", "content/tasks/*.toml", "(the file)", "PU2-10",
         card_refs({{"matrix", EntityKind::role, matrix_refs}}),
         card_texts,
         nullptr, {{"PU", '-', Sub::required}}, "lv/uzdevumi/", k_page, "tasks"},
        {K::condition_group, N_("condition group"), "nosacījumu grupa", "nosacījumu grupas", "content/conditions.toml",
         "[[group]]", "N4", {},
         nullptr,
         nullptr,
         {{"N", '-', Sub::none}}, "lv/nosacijumi/", k_page, "conditions"},
        {K::condition, N_("condition"), "nosacījums", "nosacījumi", "content/conditions.toml", "[[condition]]", "N4-1", {},
         nullptr,
         nullptr,
         {{"N", '-', Sub::required}}, "lv/nosacijumi/", k_page, "conditions"},
        // Its pages live at the live site's slug or under spejas/ or resursi/ (render/common/urls.cpp).
        {K::capability, N_("capability"), "spēja", "spējas", "content/capabilities.toml", "[[capability]]", N_("S2 or S2-4"),
         {}, nullptr,
         nullptr,
         {{"S", '-', Sub::optional}, {"R", '-', Sub::optional, N_("resource")}}, "", k_page, "capabilities"},
        {K::competence, N_("competence"), "kompetence", "kompetences", "content/competences.toml", "[[competence]]", "",
         {}, nullptr,
         nullptr, {},
         "lv/kompetences/", k_page},
        {K::technology, N_("technology"), "digitālā tehnoloģija", "digitālās tehnoloģijas", "content/technologies.toml",
         "[[technology]]", "", {},
         nullptr,
         nullptr, {},
         "lv/tehnologijas/", k_page},
        {K::line, N_("action line"), "rīcības virziens", "rīcības virzieni", "data/workplan.toml", "[[line]]", "RV3", {},
         nullptr,
         nullptr, {{"RV", '-', Sub::none}}, "lv/darba-plans/", k_page},
        {K::measure, N_("measure"), "pasākums", "pasākumi", "data/workplan.toml", "[[measure]]", "P4.2", {},
         nullptr,
         nullptr,
         {{"P", '.', Sub::required}}, "lv/darba-plans/", k_page},
        {K::institution_group, N_("institution group"), "iestāžu grupa", "iestāžu grupas", "data/institutions.toml",
         "[[group]]", "", {},
         nullptr,
         institution_provenance,
         {}, "lv/iestades/", k_page, "institutions"},
        // Pages and chapter pages live at their own slugs under lv/.
        {K::page, N_("page"), "lapa", "lapas", "content/pages/*.md", "+++ front matter", "", {},
         nullptr,
         nullptr, {}, "", k_page},
        {K::live_page, N_("live page"), "nodaļas lapa", "nodaļu lapas", "data/site.toml", "[[page]]", "", k_live_page_refs,
         nullptr,
         live_page_provenance, {}, "", k_page},
    };
}

// The kinds, and every kind's code patterns in one list for the scanner.
struct Registry {
    std::vector<RecordKindInfo> kinds;
    std::vector<CodePattern> patterns;
    std::vector<EntityKind> pattern_kinds;  ///< the kind of each pattern

    void index_patterns() {
        patterns.clear();
        pattern_kinds.clear();
        for (const auto& k : kinds) {
            for (const auto& p : k.codes) {
                patterns.push_back(p);
                pattern_kinds.push_back(k.kind);
            }
        }
    }
};

Registry& registry() {
    static Registry r = [] {
        Registry made{shipped_kinds(), {}, {}};
        describe_shipped_fields(made.kinds);
        made.index_patterns();
        return made;
    }();
    return r;
}

}  // namespace

const std::vector<RecordKindInfo>& record_kinds() { return registry().kinds; }

std::vector<KindCode> find_kind_codes(std::string_view text) {
    const Registry& r = registry();
    std::vector<KindCode> out;
    for (const auto& m : find_codes(text, r.patterns)) {
        out.push_back({m.offset, m.length, r.pattern_kinds[m.pattern], &r.patterns[m.pattern]});
    }
    return out;
}

std::optional<KindCode> whole_code(std::string_view code) {
    auto found = find_kind_codes(code);
    if (found.size() != 1 || found[0].offset != 0 || found[0].length != code.size()) { return std::nullopt; }
    return found[0];
}

const char* KindCode::name() const {
    return pattern && !pattern->name.empty() ? pattern->name.c_str() : record_kind(kind).name;
}

// A registered kind's first fields are its id and name, as the shipped kinds' are.
EntityKind register_record_kind(RecordKindInfo info) {
    Registry& r = registry();
    if (info.fields.empty() || std::string_view(info.fields[0].key) != "id") {
        info.fields.insert(info.fields.begin(),
                           {{"id", FieldKind::text, EntityKind::term, "Identifikators", nullptr, "Code or id."},
                            {"name", FieldKind::text, EntityKind::term, "Nosaukums", nullptr, "Name."}});
    }
    info.kind = static_cast<EntityKind>(r.kinds.size());
    r.kinds.push_back(std::move(info));
    r.index_patterns();
    return r.kinds.back().kind;
}

void reset_record_kinds() {
    Registry& r = registry();
    r.kinds.resize(static_cast<std::size_t>(EntityKind::live_page) + 1, r.kinds.front());
    r.index_patterns();
}

const GenericField* GenericRecord::field(const std::string& key) const {
    for (const auto& f : fields) {
        if (f.key == key) { return &f; }
    }
    return nullptr;
}

const RecordKindInfo& record_kind(EntityKind kind) { return record_kinds().at(static_cast<std::size_t>(kind)); }

// A kind's provenance hook, when its file holds more than its records; else each record's own.
void visit_provenance(const Corpus& corpus, const std::function<void(EntityKind, const EntityKey&, const SourceLoc&,
                                                                      const RecordProvenance&)>& fn) {
    for (const auto& k : record_kinds()) {
        if (k.provenance) {
            k.provenance(corpus, [&](const EntityKey& key, const SourceLoc& loc, const RecordProvenance& p) {
                fn(k.kind, key, loc, p);
            });
            continue;
        }
        visit_records(corpus, k.kind, [&](const RecordView& r) {
            if (r.provenance) { fn(k.kind, r.key, *r.loc, *r.provenance); }
        });
    }
}

void visit_records(const Corpus& corpus, EntityKind kind, const RecordVisitor& fn) {
    const RecordKindInfo& info = record_kind(kind);
    if (info.records) { return info.records(corpus, fn); }
    auto found = corpus.records.find(kind);
    if (found == corpus.records.end()) { return; }
    for (const auto& r : found->second) { fn({{kind, r.id}, r.name, &r.loc, &r.provenance, &r}); }
}

FieldValue field_value(const RecordView& record, const FieldInfo& field, std::size_t i) {
    if (field.access.get) { return field.access.get(record.record); }
    const auto& fields = static_cast<const GenericRecord*>(record.record)->fields;
    return i < fields.size() ? field_value(fields[i]) : FieldValue{};
}

FieldValue field_value(const GenericField& f) {
    return {f.value, &f.text, &f.refs, f.strings, f.number, f.flag, f.date, &f.schedule};
}

void visit_fields(const Corpus& corpus, FieldKind type, const FieldVisitor& fn) {
    for (const auto& k : record_kinds()) {
        visit_records(corpus, k.kind, [&](const RecordView& r) {
            for (std::size_t i = 0; i < k.fields.size(); ++i) {
                if (k.fields[i].type == type) { fn(r, k.fields[i], field_value(r, k.fields[i], i)); }
            }
        });
    }
}

// References stated as fields, then those in parts of a kind's own shape (the matrix, the cards).
void visit_refs(const Corpus& corpus, const std::function<void(const EntityKey&, EntityKind, const Ref&)>& fn) {
    for (FieldKind type : {FieldKind::ref, FieldKind::refs}) {
        visit_fields(corpus, type, [&](const RecordView& r, const FieldInfo& f, const FieldValue& v) {
            if (!v.refs) { return; }
            for (const auto& ref : *v.refs) { fn(r.key, f.target, ref); }
        });
    }
    for (const auto& k : record_kinds()) {
        for (const auto& field : k.refs) {
            field.visit(corpus, [&](const EntityKey& owner, const Ref& ref) { fn(owner, field.target, ref); });
        }
    }
}

}  // namespace pvpp
