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

// The first record with a key is indexed (and put in its kind's map); a second is an error.
template <typename T>
void add_unique(CorpusIndex& index, EntityKind kind, const std::string& key, const T& record, const std::string& what,
                Diagnostics& diags, std::map<std::string, const T*>* map = nullptr) {
    if (key.empty()) { return; }  // the missing key is already reported
    auto [it, inserted] = index.keys.emplace(EntityKey{kind, key}, &record.loc);
    if (!inserted) {
        diags.error(record.loc,
                    fill(_("duplicate {1} '{2}' (first defined at {3})"), {_(what.c_str()), key, where(*it->second)}));
    } else if (map) {
        map->emplace(key, &record);
    }
}

template <typename T>
void add_ids(CorpusIndex& index, const std::vector<T>& records, EntityKind kind, Diagnostics& diags,
             std::map<std::string, const T*>* map = nullptr) {
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
        add_unique(index, kind, r.id, r, what, diags, map);
    }
}

// A record's code must be a code of its kind: a task's "PU2-10", a measure's "P4.2".
template <typename T>
void add_codes(CorpusIndex& index, const std::vector<T>& records, EntityKind kind, Diagnostics& diags,
               std::map<std::string, const T*>* map = nullptr) {
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
        add_unique(index, kind, r.code, r, what, diags, map);
    }
}

void add_groups(CorpusIndex& index, const Corpus& corpus, Diagnostics& diags) {
    for (const auto& g : corpus.condition_groups) {
        if (g.number < 1) { continue; }  // reported by the loader
        add_unique(index, EntityKind::condition_group, g.code(), g, "condition group", diags, &index.condition_groups);
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
            add_unique(index, kind, r.id, r, info.name, diags);
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
    add_ids(index, corpus.terms, EntityKind::term, diags, &index.terms);
    add_ids(index, corpus.scales, EntityKind::scale, diags, &index.scales);
    add_ids(index, corpus.levels, EntityKind::level, diags, &index.levels);
    add_ids(index, corpus.stages, EntityKind::stage, diags);
    add_ids(index, corpus.roles, EntityKind::role, diags, &index.roles);
    add_ids(index, corpus.competences, EntityKind::competence, diags, &index.competences);
    add_ids(index, corpus.technologies, EntityKind::technology, diags, &index.technologies);
    add_codes(index, corpus.tasks, EntityKind::task, diags, &index.tasks);
    add_codes(index, corpus.conditions, EntityKind::condition, diags, &index.conditions);
    add_codes(index, corpus.lines, EntityKind::line, diags);
    add_codes(index, corpus.measures, EntityKind::measure, diags, &index.measures);
    add_codes(index, corpus.capabilities, EntityKind::capability, diags, &index.capabilities);
    add_groups(index, corpus, diags);
    add_cards(index, corpus, diags);
    add_generic(index, corpus, diags);
    add_unread(index, corpus);
    return index;
}

}  // namespace pvpp
