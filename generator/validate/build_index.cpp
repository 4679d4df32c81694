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

// Principles and institution groups are named by their numbers, which check_rules checks, and
// pages by their addresses, which check_urls checks; nothing refers to them by key.
bool indexed(EntityKind kind) {
    using K = EntityKind;
    return kind != K::principle && kind != K::institution_group && kind != K::page && kind != K::live_page;
}

// What messages call a record's kind: capabilities and resources are one kind whose codes start S or R.
const char* what(const RecordKindInfo& info, const RecordView& r) {
    bool resource = info.kind == EntityKind::capability && as<Capability>(r.record).resource;
    return resource ? N_("resource") : info.name;
}

// A key must be a code of its record's kind ("PU2-10", "P4.2") when the kind has codes, else a
// safe slug. Returns what is wrong, or "".
std::string key_problem(const RecordKindInfo& info, const RecordView& r) {
    const std::string& key = r.key.id;
    auto code = whole_code(key);
    if (!info.records) {  // a registered kind
        bool ok = info.codes.empty() ? is_safe_slug(key) : code && code->kind == info.kind;
        return ok ? "" : fill(_("'{1}' is not a {2} code or id (like {3})"), {key, info.name, info.code_example});
    }
    if (info.codes.empty()) {
        if (is_safe_slug(key)) { return ""; }
        std::string problem = slug_problem(key);
        std::string subject = fill(_("{1} id '{2}'"), {_(info.name), key});
        return fill(problem == _("{1} is not a safe URL segment (use only a-z, 0-9 and -)")
                        ? _("{1} must use only a-z, 0-9 and -")
                        : problem,
                    {subject});
    }
    const char* name = what(info, r);
    if (code && std::string_view(code->name()) == name) { return ""; }
    bool resource = std::string_view(name) == "resource";
    return fill(_("'{1}' is not a {2} code (like {3})"), {key, _(name), resource ? "R1" : _(info.code_example)});
}

// The first record with a well-formed key is indexed; a second is an error.
void add_kind(CorpusIndex& index, const Corpus& corpus, const RecordKindInfo& info, Diagnostics& diags) {
    visit_records(corpus, info.kind, [&](const RecordView& r) {
        bool unnumbered = info.kind == EntityKind::condition_group && as<ConditionGroup>(r.record).number < 1;
        if (r.key.id.empty() || unnumbered) { return; }  // the missing key is already reported
        if (std::string problem = key_problem(info, r); !problem.empty()) {
            return diags.error(r.source->loc, problem);
        }
        auto [it, inserted] = index.keys.emplace(r.key, r);
        if (!inserted) {
            diags.error(r.source->loc, fill(_("duplicate {1} '{2}' (first defined at {3})"),
                                            {_(what(info, r)), r.key.id, where(it->second.source->loc)}));
        }
    });
}

void add_cards(CorpusIndex& index, const Corpus& corpus, Diagnostics& diags) {
    for (const auto& c : corpus.cards) {
        if (c.task.id.empty()) { continue; }
        auto [it, inserted] = index.cards.emplace(c.task.id, &c);
        if (!inserted) { diags.error(c.loc, fill(_("second card for task '{1}'"), {c.task.id})); }
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
    for (const auto& info : record_kinds()) {
        if (indexed(info.kind)) { add_kind(index, corpus, info, diags); }
    }
    add_cards(index, corpus, diags);
    add_unread(index, corpus);
    return index;
}

}  // namespace pvpp
