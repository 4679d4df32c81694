// The Latvian names of each record kind, for the terminal summary and the HTML report.
#include <array>

#include "compare/record.h"

namespace pvpp {

const KindNames& kind_names(RecordKind kind) {
    static const std::array<KindNames, 22> k_names = {{
        {"uzdevums", "uzdevumi", false, "uzdevumi"},
        {"kartīte", "kartītes", true, "kartites"},
        {"kartītes sadaļa", "kartīšu sadaļas", true, "kartisu-sadalas"},
        {"loma", "lomas", true, "lomas"},
        {"nosacījumu grupa", "nosacījumu grupas", true, "nosacijumu-grupas"},
        {"nosacījums", "nosacījumi", false, "nosacijumi"},
        {"jēdziens", "jēdzieni", false, "jedzieni"},
        {"princips", "principi", false, "principi"},
        {"mērogs", "mērogi", false, "merogi"},
        {"līmenis", "līmeņi", false, "limeni"},
        {"posms", "posmi", false, "posmi"},
        {"spēja", "spējas", true, "spejas"},
        {"resurss", "resursi", false, "resursi"},
        {"kompetence", "kompetences", true, "kompetences"},
        {"digitālā tehnoloģija", "digitālās tehnoloģijas", true, "tehnologijas"},
        {"rīcības virziens", "rīcības virzieni", false, "ricibas-virzieni"},
        {"pasākums", "pasākumi", false, "pasakumi"},
        {"apakšaktivitāte", "apakšaktivitātes", true, "apaksaktivitates"},
        {"iestāžu grupa", "iestāžu grupas", true, "iestazu-grupas"},
        {"izņēmums", "izņēmumi", false, "iznemumi"},
        {"lapa", "lapas", true, "lapas"},
        {"nodaļas lapa", "nodaļu lapas", true, "nodalu-lapas"},
    }};
    return k_names[static_cast<std::size_t>(kind)];
}

// Card sections and activities are numbered by position: a new number is a new place, not a new code.
bool has_codes(RecordKind kind) { return kind != RecordKind::card_section && kind != RecordKind::activity; }

RecordKind parent_kind(RecordKind kind) {
    if (kind == RecordKind::card_section) { return RecordKind::card; }
    return kind == RecordKind::activity ? RecordKind::measure : kind;
}

}  // namespace pvpp
