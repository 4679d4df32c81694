// Every id or code named in a field must exist; suggestions for typos.
#include "util/text.h"
#include "model/visit.h"
#include "validate/checks.h"

namespace pvpp {
namespace {

template <typename Map>
void resolve(const Ref& ref, const Map& map, const char* what, Diagnostics& diags) {
    if (ref.id.empty() || map.count(ref.id)) { return; }
    std::string message = std::string("unknown ") + what + " '" + ref.id + "'";
    if (std::string guess = nearest(ref.id, keys_of(map)); !guess.empty()) {
        message += " (did you mean " + guess + "?)";
    }
    diags.error(ref.loc, message);
}

template <typename Map>
void resolve_all(const std::vector<Ref>& refs, const Map& map, const char* what, Diagnostics& diags) {
    for (const auto& r : refs) { resolve(r, map, what, diags); }
}

void check_card(const TaskCard& c, const CorpusIndex& index, Diagnostics& diags) {
    resolve(c.task, index.tasks, "task", diags);
    resolve_all(c.scope.stages, index.stages, "stage", diags);
    for (const auto& d : c.duties.roles) { resolve(d.role, index.roles, "role", diags); }
    resolve_all(c.related.tasks, index.tasks, "task", diags);
    resolve_all(c.conditions.conditions, index.conditions, "condition", diags);
    resolve_all(c.capabilities.competences, index.competences, "competence", diags);
    resolve_all(c.resources.technologies, index.technologies, "technology", diags);
}

}  // namespace

void check_references(const Corpus& corpus, const CorpusIndex& index, Diagnostics& diags) {
    for (const auto& t : corpus.terms) { resolve_all(t.see_also, index.terms, "term", diags); }
    for (const auto& r : corpus.roles) {
        resolve_all(r.scales, index.scales, "scale", diags);
        resolve_all(r.levels, index.levels, "level", diags);
    }
    for (const auto& t : corpus.tasks) {
        resolve_all(t.related, index.tasks, "task", diags);
        for (const auto& cell : t.matrix) { resolve(cell.role, index.roles, "role", diags); }
    }
    for (const auto& c : corpus.cards) { check_card(c, index, diags); }
    for (const auto& p : corpus.site.pages) {
        for (const auto& s : p.sections) { resolve_all(s.terms, index.terms, "term", diags); }
    }
}

void check_codes_in_text(const Corpus& corpus, const CorpusIndex& index, Diagnostics& diags) {
    visit_texts(corpus, [&](const EntityKey&, const Text& text) {
        for (const auto& m : find_codes(mask_code(text.markdown))) {
            std::string code = text.markdown.substr(m.offset, m.length);
            if (index.has_code(m.kind, code)) { continue; }
            std::string message = std::string("unknown ") + code_kind_name(m.kind) + " '" + code + "'";
            if (std::string guess = nearest(code, index.codes_of(m.kind)); !guess.empty()) {
                message += " (did you mean " + guess + "?)";
            }
            diags.error(locate_in_text(text, m.offset), message);
        }
    });
}

}  // namespace pvpp
