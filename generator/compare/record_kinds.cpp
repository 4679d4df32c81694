// The Latvian names of each record kind, for the terminal summary and the HTML report.
#include <array>

#include "compare/record.h"
#include "model/record_kinds.h"

namespace pvpp {
namespace {

// A kind of the record-kind list (model/record_kinds.h) keeps the names it has there.
KindNames listed(EntityKind kind, bool feminine, const char* anchor) {
    return {record_kind(kind).singular, record_kind(kind).plural, feminine, anchor};
}

}  // namespace

// Kinds with no struct of their own come after the shipped ones, in both lists, in order.
constexpr int k_shipped_records = static_cast<int>(RecordKind::live_page) + 1;
constexpr int k_shipped_kinds = static_cast<int>(EntityKind::live_page) + 1;

RecordKind generic_record_kind(EntityKind kind) {
    return static_cast<RecordKind>(k_shipped_records + static_cast<int>(kind) - k_shipped_kinds);
}

KindNames kind_names(RecordKind kind) {
    using K = EntityKind;
    // Cards, their sections, resources, activities and exclusions are parts of listed kinds.
    static const std::array<KindNames, 24> k_names = {{
        listed(K::task, false, "uzdevumi"),
        {"kartīte", "kartītes", true, "kartites"},
        {"kartītes sadaļa", "kartīšu sadaļas", true, "kartisu-sadalas"},
        listed(K::role, true, "lomas"),
        listed(K::condition_group, true, "nosacijumu-grupas"),
        listed(K::condition, false, "nosacijumi"),
        listed(K::term, false, "jedzieni"),
        listed(K::principle, false, "principi"),
        listed(K::scale, false, "merogi"),
        listed(K::level, false, "limeni"),
        {"uzdevumu grupa", "uzdevumu grupas", true, "uzdevumu-grupas"},
        listed(K::stage, false, "posmi"),
        listed(K::capability, true, "spejas"),
        {"resurss", "resursi", false, "resursi"},
        listed(K::competence, true, "kompetences"),
        listed(K::technology, true, "tehnologijas"),
        {"atskaites punkts", "atskaites punkti", false, "atskaites-punkti"},
        listed(K::line, false, "ricibas-virzieni"),
        listed(K::measure, false, "pasakumi"),
        {"apakšaktivitāte", "apakšaktivitātes", true, "apaksaktivitates"},
        listed(K::institution_group, true, "iestazu-grupas"),
        {"izņēmums", "izņēmumi", false, "iznemumi"},
        listed(K::page, true, "lapas"),
        listed(K::live_page, true, "nodalu-lapas"),
    }};
    int i = static_cast<int>(kind);
    if (i < k_shipped_records) { return k_names[static_cast<std::size_t>(i)]; }
    const RecordKindInfo& info = record_kind(static_cast<EntityKind>(k_shipped_kinds + i - k_shipped_records));
    return {info.singular, info.plural, info.feminine, info.name};
}

// Card sections and activities are numbered by position: a new number is a new place, not a new
// code; a milestone is known by its name alone.
bool has_codes(RecordKind kind) {
    return kind != RecordKind::card_section && kind != RecordKind::activity && kind != RecordKind::milestone;
}

RecordKind parent_kind(RecordKind kind) {
    if (kind == RecordKind::card_section) { return RecordKind::card; }
    return kind == RecordKind::activity ? RecordKind::measure : kind;
}

}  // namespace pvpp
