// Every id or code named in a field or in prose must exist; suggestions for typos.
#include "model/record_kinds.h"
#include "model/visit.h"
#include "util/message.h"
#include "util/text.h"
#include "validate/checks.h"

namespace pvpp {
namespace {

void unknown(const SourceLoc& loc, const std::string& what, const std::string& id, EntityKind kind,
             const CorpusIndex& index, Diagnostics& diags) {
    std::string guess = nearest(id, index.ids_of(kind));
    std::string message = guess.empty()
                              ? fill(_("unknown {1} '{2}'"), {_(what.c_str()), id})
                              : fill(_("unknown {1} '{2}' (did you mean {3}?)"), {_(what.c_str()), id, guess});
    diags.error(loc, message);
}

// A name that points into a file that could not be read is neither found nor missing: the
// file's error says what is wrong, and one note after it says what was therefore not checked.
bool unchecked(const CorpusIndex& index, EntityKind kind, const std::string& id, Diagnostics& diags) {
    const std::string* file = index.unread_file(kind, id);
    if (!file) { return false; }
    const SourceLoc* error = diags.last_error_in(*file);
    diags.note(error ? *error : SourceLoc{*file},
               fill(_("{1} was not loaded, so references to what it holds were not checked"), {*file}));
    return true;
}

}  // namespace

void check_references(const Corpus& corpus, const CorpusIndex& index, Diagnostics& diags) {
    visit_refs(corpus, [&](const EntityKey&, EntityKind kind, const Ref& ref) {
        if (!ref.id.empty() && !index.has(kind, ref.id) && !unchecked(index, kind, ref.id, diags)) {
            unknown(ref.loc, record_kind(kind).name, ref.id, kind, index, diags);
        }
    });
}

void check_codes_in_text(const Corpus& corpus, const CorpusIndex& index, Diagnostics& diags) {
    visit_texts(corpus, [&](const EntityKey&, const Text& text) {
        for (const auto& m : find_kind_codes(mask_code(text.markdown))) {
            std::string code = text.markdown.substr(m.offset, m.length);
            if (!index.has(m.kind, code) && !unchecked(index, m.kind, code, diags)) {
                unknown(locate_in_text(text, m.offset), m.name(), code, m.kind, index, diags);
            }
        }
    });
}

}  // namespace pvpp
