#include "render/changes/change_report.h"

#include <array>

#include "compare/change_summary.h"
#include "util/text.h"
#include "util/word_diff.h"

namespace pvpp {
namespace {

using Dict = ctemplate::TemplateDictionary;

constexpr std::size_t k_context_words = 12;

const char* type_class(ChangeType t) {
    static const std::array<const char*, 5> k_classes = {"added", "removed", "recoded", "renamed", "changed"};
    return k_classes[static_cast<std::size_t>(t)];
}

const char* op_section(DiffPiece::Op op) {
    if (op == DiffPiece::Op::removed) { return "DEL"; }
    return op == DiffPiece::Op::added ? "INS" : "SAME";
}

void add_pieces(Dict& dict, const char* section, const std::vector<DiffPiece>& pieces) {
    for (const auto& p : pieces) {
        Dict* d = dict.AddSectionDictionary(section);
        d->ShowSection(op_section(p.op));
        d->SetValue("VALUE", p.text);
    }
}

// Old → new; an added record shows only its value, a removed one only the old value.
void fill_scalar(Dict& d, const FieldChange& f, ChangeType type) {
    Dict* s = d.AddSectionDictionary("SCALAR");
    bool has_old = type != ChangeType::added, has_new = type != ChangeType::removed;
    if (has_old && f.old_value.empty()) { s->ShowSection("OLD_NONE"); }
    if (has_old && has_new) { s->ShowSection("ARROW"); }
    if (has_new && f.new_value.empty()) { s->ShowSection("NEW_NONE"); }
    s->SetValueAndShowSection("VALUE", f.old_value, "OLD");  // shown only when not empty
    s->SetValueAndShowSection("VALUE", f.new_value, "NEW");
}

void fill_field(Dict& dict, const FieldChange& f, ChangeType type) {
    Dict* d = dict.AddSectionDictionary("FIELD");
    d->SetValue("LABEL", f.label);
    if (f.type == FieldType::scalar) {
        d->SetValue("TYPE", "scalar");
        fill_scalar(*d, f, type);
    } else if (f.type == FieldType::text) {
        d->SetValue("TYPE", "text");
        add_pieces(*d->AddSectionDictionary("TEXT"), "PIECE",
                   trim_context(diff_words(f.old_value, f.new_value), k_context_words));
    } else {
        d->SetValue("TYPE", "list");
        add_pieces(*d->AddSectionDictionary("LIST"), "ITEM", diff_items(f.old_items, f.new_items));
    }
}

std::string page_title(const ChangeSet& set, const std::string& slug) {
    for (const auto& p : set.live_pages) {
        if (p.slug == slug) { return p.title; }
    }
    return slug;
}

void fill_change(Dict& kind, const Change& c, const ChangeSet& set) {
    Dict* d = kind.AddSectionDictionary("CHANGE");
    d->SetValue("TYPE", type_class(c.type));
    d->SetValue("VERB", c.type == ChangeType::recoded ? "mainīts kods" : change_verb(c.type, c.kind));
    d->SetValue("CODE", c.code);
    d->SetValue("NAME", c.name);
    if (c.type == ChangeType::recoded) { d->AddSectionDictionary("RECODED")->SetValue("OLD_CODE", c.old_code); }
    bool renamed = c.name != c.old_name;
    if (renamed || !c.fields.empty()) { d->ShowSection("HAS_FIELDS"); }
    if (renamed) { fill_field(*d, {"nosaukums", FieldType::text, c.old_name, c.name, {}, {}}, c.type); }
    for (const auto& f : c.fields) { fill_field(*d, f, c.type); }
    if (!c.pages.empty()) { d->ShowSection("HAS_PAGES"); }
    for (const auto& slug : c.pages) { d->AddSectionDictionary("PAGE")->SetValue("TITLE", page_title(set, slug)); }
}

// One section per kind with changes, one row of counts per kind.
void fill_kinds(Dict& dict, const ChangeSet& set) {
    const auto& changes = set.changes;
    for (std::size_t i = 0; i < changes.size();) {
        const KindNames& names = kind_names(changes[i].kind);
        Dict* kind = dict.AddSectionDictionary("KIND");
        Dict* count = dict.AddSectionDictionary("COUNT");
        std::array<int, 5> counts{};
        std::size_t first = i;
        for (RecordKind k = changes[i].kind; i < changes.size() && changes[i].kind == k; ++i) {
            fill_change(*kind, changes[i], set);
            ++counts[static_cast<std::size_t>(changes[i].type)];
        }
        for (Dict* d : {kind, count}) {
            d->SetValue("ANCHOR", names.anchor);
            d->SetValue("PLURAL", capitalized(names.plural));
        }
        kind->SetIntValue("COUNT", static_cast<long>(i - first));
        const char* columns[] = {"ADDED", "REMOVED", "RECODED", "RENAMED", "CHANGED"};
        for (std::size_t t = 0; t < counts.size(); ++t) {
            count->SetValue(columns[t], counts[t] > 0 ? std::to_string(counts[t]) : "");  // zeros would hide the few
        }
    }
}

std::string index_html(const ChangeSet& set, const ChangeReportInfo& info, const Theme& theme) {
    Dict dict("izmainas");
    dict.SetValue("SITE_TITLE", info.site_title);
    dict.SetValue("OLD_ROOT", info.old_root);
    dict.SetValue("NEW_ROOT", info.new_root);
    dict.SetIntValue("TOTAL", static_cast<long>(set.changes.size()));
    dict.ShowSection(set.empty() ? "NO_CHANGES" : "HAS_CHANGES");
    dict.ShowSection(set.live_pages.empty() ? "NO_LIVE_PAGES" : "HAS_LIVE_PAGES");
    for (const auto& p : set.live_pages) {
        Dict* d = dict.AddSectionDictionary("LIVE_PAGE");
        d->SetValue("URL", p.url);
        d->SetValue("TITLE", p.title);
    }
    fill_kinds(dict, set);
    return theme.expand("izmainas.tpl", dict);
}

}  // namespace

const std::vector<std::string>& change_report_templates() {
    static const std::vector<std::string> k_templates = {"izmainas.tpl"};
    return k_templates;
}

std::vector<OutputFile> change_report_files(const ChangeSet& set, const ChangeReportInfo& info, const Theme& theme) {
    return {{"index.html", index_html(set, info, theme)},
            {"style.css", theme.read_static("style.css")},
            {"izmainas.css", theme.read_static("izmainas.css")}};
}

}  // namespace pvpp
