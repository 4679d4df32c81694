// The list of record kinds: the shipped ones (model/shipped_kinds.cpp) and those registered
// at run time, every kind's code patterns for the scanner, and the passes over all kinds.
#include "model/record_kinds.h"

#include <algorithm>

#include "model/card_sections.h"
#include "model/parts.h"
#include "util/message.h"

namespace pvpp {
namespace {

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
// Then its file's parts' items, each keyed by its first field (a task group by its number).
void visit_provenance(const Corpus& corpus, const std::function<void(EntityKind, const EntityKey&, const Sourced&)>& fn,
                      bool every_part) {
    for (const auto& k : record_kinds()) {
        if (k.provenance) {
            k.provenance(corpus, [&](const EntityKey& key, const Sourced& s) { fn(k.kind, key, s); });
        } else {
            visit_records(corpus, k.kind, [&](const RecordView& r) {
                if (r.source) { fn(k.kind, r.key, *r.source); }
            });
        }
        for (const RecordPart* part : k.parts) {
            if (part->place == PartPlace::in_record || !(part->counted || every_part)) { continue; }
            part->each(&corpus, [&](const RecordView& r) {
                FieldValue id = field_value(r, part->fields[0], 0);
                fn(k.kind, {k.kind, id.number ? std::to_string(*id.number) : id.value}, *r.source);
            });
        }
    }
}

void visit_records(const Corpus& corpus, EntityKind kind, const RecordVisitor& fn) {
    const RecordKindInfo& info = record_kind(kind);
    if (info.records) { return info.records(corpus, fn); }
    auto found = corpus.records.find(kind);
    if (found == corpus.records.end()) { return; }
    for (const auto& r : found->second) { fn({{kind, r.id}, r.name, &r, &r, &typeid(r)}); }
}

std::optional<std::string> record_name(const Corpus& corpus, const EntityKey& key, bool with_code) {
    std::optional<std::string> name;
    visit_records(corpus, key.kind, [&](const RecordView& r) {
        if (!name && r.key.id == key.id) { name = std::string(r.name); }
    });
    if (name && with_code && !record_kind(key.kind).codes.empty()) { name = key.id + " " + *name; }
    return name;
}

const LivePage* live_page_showing(const Corpus& corpus, std::string_view shows) {
    const auto& pages = corpus.site.pages;
    auto page = std::find_if(pages.begin(), pages.end(), [&](const LivePage& p) { return p.shows == shows; });
    if (page == pages.end()) {
        page = std::find_if(pages.begin(), pages.end(), [&](const LivePage& p) {
            return std::any_of(p.sections.begin(), p.sections.end(),
                               [&](const LiveSection& s) { return s.shows == shows; });
        });
    }
    return shows.empty() || page == pages.end() ? nullptr : &*page;
}

FieldValue field_value(const RecordView& record, const FieldInfo& field, std::size_t i) {
    if (field.access.get) { return field.access.get(record.record); }
    const auto& fields = static_cast<const GenericRecord*>(record.record)->fields;
    return i < fields.size() ? field_value(fields[i]) : FieldValue{};
}

FieldValue field_value(const GenericField& f) {
    return {f.value, &f.text, f.refs, f.strings, f.number, f.flag, f.date, &f.schedule};
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

void visit_item_refs(const std::vector<FieldInfo>& fields, const void* item, const EntityKey& owner,
                     const RefVisitor& fn) {
    for (const auto& f : fields) {
        if (f.type == FieldKind::ref || f.type == FieldKind::refs) {
            for (const Ref& ref : f.access.get(item).refs) { fn(owner, f.target, ref); }
        }
    }
}

// References stated as fields, then those in the parts of a kind's records and in the cards.
void visit_refs(const Corpus& corpus, const RefVisitor& fn) {
    for (FieldKind type : {FieldKind::ref, FieldKind::refs}) {
        visit_fields(corpus, type, [&](const RecordView& r, const FieldInfo& f, const FieldValue& v) {
            for (const Ref& ref : v.refs) { fn(r.key, f.target, ref); }
        });
    }
    // A file's parts are not: the task groups' roles are checked by check_rules, and as
    // backlinks they would list the task levels on the role pages.
    for (const auto& k : record_kinds()) {
        for (const RecordPart* part : k.parts) {
            if (part->place != PartPlace::in_record) { continue; }
            visit_records(corpus, k.kind, [&](const RecordView& r) {
                part->each(r.record,
                           [&](const RecordView& item) { visit_item_refs(part->fields, item.record, r.key, fn); });
            });
        }
    }
    card_refs(corpus, fn);
}

}  // namespace pvpp
