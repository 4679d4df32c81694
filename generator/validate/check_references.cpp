// Every id or code named in a field or in prose must exist; suggestions for typos.
#include "model/record_kinds.h"
#include "model/visit.h"
#include "util/text.h"
#include "validate/checks.h"

namespace pvpp {
namespace {

void unknown(const SourceLoc& loc, const std::string& what, const std::string& id, EntityKind kind,
             const CorpusIndex& index, Diagnostics& diags) {
    std::string message = "unknown " + what + " '" + id + "'";
    if (std::string guess = nearest(id, index.ids_of(kind)); !guess.empty()) {
        message += " (did you mean " + guess + "?)";
    }
    diags.error(loc, message);
}

}  // namespace

void check_references(const Corpus& corpus, const CorpusIndex& index, Diagnostics& diags) {
    visit_refs(corpus, [&](const EntityKey&, EntityKind kind, const Ref& ref) {
        if (!ref.id.empty() && !index.has(kind, ref.id) && !index.unread(kind, ref.id)) {
            unknown(ref.loc, record_kind(kind).name, ref.id, kind, index, diags);
        }
    });
}

void check_codes_in_text(const Corpus& corpus, const CorpusIndex& index, Diagnostics& diags) {
    visit_texts(corpus, [&](const EntityKey&, const Text& text) {
        for (const auto& m : find_codes(mask_code(text.markdown))) {
            std::string code = text.markdown.substr(m.offset, m.length);
            EntityKind kind = entity_kind_of(m.kind);
            if (!index.has(kind, code) && !index.unread(kind, code)) {
                unknown(locate_in_text(text, m.offset), code_kind_name(m.kind), code, kind, index, diags);
            }
        }
    });
}

}  // namespace pvpp
