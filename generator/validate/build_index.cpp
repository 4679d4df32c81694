// Fills the index, reporting duplicates and malformed ids or codes on the way.
#include "validate/checks.h"
#include "util/slug.h"

namespace pvpp {
namespace {

std::string where(const SourceLoc& loc) {
    return loc.file + ":" + std::to_string(loc.line) + ":" + std::to_string(loc.column);
}

template <typename T>
void add_unique(std::map<std::string, const T*>& map, const std::string& key, const T& record,
                const char* what, Diagnostics& diags) {
    if (key.empty()) { return; }  // the missing key is already reported
    auto [it, inserted] = map.emplace(key, &record);
    if (!inserted) {
        diags.error(record.loc, std::string("duplicate ") + what + " '" + key + "' (first defined at " +
                                    where(it->second->loc) + ")");
    }
}

template <typename T>
void add_ids(std::map<std::string, const T*>& map, const std::vector<T>& records, const char* what,
             Diagnostics& diags) {
    for (const auto& r : records) {
        if (!r.id.empty() && !is_safe_slug(r.id)) {
            std::string problem = slug_problem(r.id);
            diags.error(r.loc, std::string(what) + " id '" + r.id + "' " +
                                   (problem.starts_with("is not") ? "must use only a-z, 0-9 and -" : problem));
            continue;
        }
        add_unique(map, r.id, r, what, diags);
    }
}

template <typename T>
void add_codes(std::map<std::string, const T*>& map, const std::vector<T>& records, CodeKind expected,
               const char* example, Diagnostics& diags) {
    for (const auto& r : records) {
        CodeKind kind{};
        bool ok = classify_code(r.code, kind) &&
                  (kind == expected || (expected == CodeKind::capability && kind == CodeKind::resource));
        if (!r.code.empty() && !ok) {
            diags.error(r.loc, "'" + r.code + "' is not a " + code_kind_name(expected) + " code (like " +
                                   example + ")");
            continue;
        }
        add_unique(map, r.code, r, code_kind_name(expected), diags);
    }
}

void add_capabilities(CorpusIndex& index, const Corpus& corpus, Diagnostics& diags) {
    for (const auto& c : corpus.capabilities) {
        CodeKind kind{};
        CodeKind expected = c.resource ? CodeKind::resource : CodeKind::capability;
        if (!c.code.empty() && (!classify_code(c.code, kind) || kind != expected)) {
            diags.error(c.loc, "'" + c.code + "' is not a " + code_kind_name(expected) + " code (like " +
                                   (c.resource ? "R1" : "S2 or S2-4") + ")");
            continue;
        }
        add_unique(index.capabilities, c.code, c, code_kind_name(expected), diags);
    }
}

void add_groups(CorpusIndex& index, const Corpus& corpus, Diagnostics& diags) {
    for (const auto& g : corpus.condition_groups) {
        if (g.number < 1) { continue; }  // reported by the loader
        add_unique(index.condition_groups, g.code(), g, "condition group", diags);
    }
}

void add_cards(CorpusIndex& index, const Corpus& corpus, Diagnostics& diags) {
    for (const auto& c : corpus.cards) {
        if (c.task.id.empty()) { continue; }
        auto [it, inserted] = index.cards.emplace(c.task.id, &c);
        if (!inserted) { diags.error(c.loc, "second card for task '" + c.task.id + "'"); }
    }
}

}  // namespace

CorpusIndex build_index(const Corpus& corpus, Diagnostics& diags) {
    CorpusIndex index;
    add_ids(index.terms, corpus.terms, "term", diags);
    add_ids(index.scales, corpus.scales, "scale", diags);
    add_ids(index.levels, corpus.levels, "level", diags);
    add_ids(index.stages, corpus.stages, "stage", diags);
    add_ids(index.roles, corpus.roles, "role", diags);
    add_ids(index.competences, corpus.competences, "competence", diags);
    add_ids(index.technologies, corpus.technologies, "technology", diags);
    add_codes(index.tasks, corpus.tasks, CodeKind::task, "PU2-10", diags);
    add_codes(index.conditions, corpus.conditions, CodeKind::condition, "N4-1", diags);
    add_codes(index.lines, corpus.lines, CodeKind::action_line, "RV3", diags);
    add_codes(index.measures, corpus.measures, CodeKind::measure, "P4.2", diags);
    add_capabilities(index, corpus, diags);
    add_groups(index, corpus, diags);
    add_cards(index, corpus, diags);
    return index;
}

}  // namespace pvpp
