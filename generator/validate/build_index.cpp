// Fills the index, reporting duplicates and malformed ids or codes on the way.
#include "model/record_kinds.h"
#include "util/message.h"
#include "util/slug.h"
#include "validate/checks.h"

namespace pvpp {
namespace {

std::string where(const SourceLoc& loc) {
    return loc.file + ":" + std::to_string(loc.line) + ":" + std::to_string(loc.column);
}

template <typename T>
void add_unique(CorpusIndex& index, std::map<std::string, const T*>& map, EntityKind kind, const std::string& key,
                const T& record, const std::string& what, Diagnostics& diags) {
    if (key.empty()) { return; }  // the missing key is already reported
    auto [it, inserted] = map.emplace(key, &record);
    if (!inserted) {
        diags.error(record.loc, fill(_("duplicate {1} '{2}' (first defined at {3})"),
                                     {_(what.c_str()), key, where(it->second->loc)}));
    }
    index.keys.insert({kind, key});
}

template <typename T>
void add_ids(CorpusIndex& index, std::map<std::string, const T*>& map, const std::vector<T>& records, EntityKind kind,
             Diagnostics& diags) {
    std::string what = record_kind(kind).name;
    for (const auto& r : records) {
        if (!r.id.empty() && !is_safe_slug(r.id)) {
            std::string problem = slug_problem(r.id);
            std::string subject = fill(_("{1} id '{2}'"), {_(what.c_str()), r.id});
            diags.error(r.loc, fill(problem == _("{1} is not a safe URL segment (use only a-z, 0-9 and -)")
                                        ? _("{1} must use only a-z, 0-9 and -")
                                        : problem,
                                    {subject}));
            continue;
        }
        add_unique(index, map, kind, r.id, r, what, diags);
    }
}

// A record's code must be a code of its kind: a task's "PU2-10", a measure's "P4.2".
template <typename T>
void add_codes(CorpusIndex& index, std::map<std::string, const T*>& map, const std::vector<T>& records, EntityKind kind,
               Diagnostics& diags) {
    const RecordKindInfo& info = record_kind(kind);
    for (const auto& r : records) {
        bool resource = false;  // capabilities and resources are one kind whose codes start S or R
        if constexpr (std::is_same_v<T, Capability>) { resource = r.resource; }
        const char* what = resource ? N_("resource") : info.name;
        auto found = whole_code(r.code);
        if (!r.code.empty() && !(found && std::string_view(found->name()) == what)) {
            diags.error(r.loc, fill(_("'{1}' is not a {2} code (like {3})"),
                                    {r.code, _(what), resource ? "R1" : _(info.code_example)}));
            continue;
        }
        add_unique(index, map, kind, r.code, r, what, diags);
    }
}

void add_groups(CorpusIndex& index, const Corpus& corpus, Diagnostics& diags) {
    for (const auto& g : corpus.condition_groups) {
        if (g.number < 1) { continue; }  // reported by the loader
        add_unique(index, index.condition_groups, EntityKind::condition_group, g.code(), g, "condition group", diags);
    }
}

void add_cards(CorpusIndex& index, const Corpus& corpus, Diagnostics& diags) {
    for (const auto& c : corpus.cards) {
        if (c.task.id.empty()) { continue; }
        auto [it, inserted] = index.cards.emplace(c.task.id, &c);
        if (!inserted) { diags.error(c.loc, fill(_("second card for task '{1}'"), {c.task.id})); }
    }
}

// A kind with no struct of its own: its ids are codes of its kind when it has codes, else slugs.
void add_generic(CorpusIndex& index, const Corpus& corpus, Diagnostics& diags) {
    for (const auto& [kind, records] : corpus.records) {
        const RecordKindInfo& info = record_kind(kind);
        for (const auto& r : records) {
            auto code = whole_code(r.id);
            bool ok = r.id.empty() || (info.codes.empty() ? is_safe_slug(r.id) : code && code->kind == kind);
            if (!ok) {
                diags.error(r.loc, fill(_("'{1}' is not a {2} code or id (like {3})"), {r.id, info.name, info.code_example}));
                continue;
            }
            add_unique(index, index.records[kind], kind, r.id, r, info.name, diags);
        }
    }
}

// A kind written in one file is unread when that file is; a kind with a file per record
// ("content/tasks/*.toml") loses only the record named by the file.
void add_unread(CorpusIndex& index, const Corpus& corpus) {
    for (const auto& info : record_kinds()) {
        std::string_view pattern = info.file;
        std::size_t star = pattern.find('*');
        for (const auto& file : corpus.unread_files) {
            if (star == std::string_view::npos) {
                if (file == pattern) { index.unread_kinds.emplace(info.kind, file); }
                continue;
            }
            std::string_view prefix = pattern.substr(0, star), suffix = pattern.substr(star + 1);
            if (file.size() > prefix.size() + suffix.size() && file.starts_with(prefix) && file.ends_with(suffix)) {
                std::string id = file.substr(prefix.size(), file.size() - prefix.size() - suffix.size());
                index.unread_records.emplace(EntityKey{info.kind, id}, file);
            }
        }
    }
}

}  // namespace

CorpusIndex build_index(const Corpus& corpus, Diagnostics& diags) {
    CorpusIndex index;
    add_ids(index, index.terms, corpus.terms, EntityKind::term, diags);
    add_ids(index, index.scales, corpus.scales, EntityKind::scale, diags);
    add_ids(index, index.levels, corpus.levels, EntityKind::level, diags);
    add_ids(index, index.stages, corpus.stages, EntityKind::stage, diags);
    add_ids(index, index.roles, corpus.roles, EntityKind::role, diags);
    add_ids(index, index.competences, corpus.competences, EntityKind::competence, diags);
    add_ids(index, index.technologies, corpus.technologies, EntityKind::technology, diags);
    add_codes(index, index.tasks, corpus.tasks, EntityKind::task, diags);
    add_codes(index, index.conditions, corpus.conditions, EntityKind::condition, diags);
    add_codes(index, index.lines, corpus.lines, EntityKind::line, diags);
    add_codes(index, index.measures, corpus.measures, EntityKind::measure, diags);
    add_codes(index, index.capabilities, corpus.capabilities, EntityKind::capability, diags);
    add_groups(index, corpus, diags);
    add_cards(index, corpus, diags);
    add_generic(index, corpus, diags);
    add_unread(index, corpus);
    return index;
}

}  // namespace pvpp
