// The one comparer: records matched by kind and id, fields matched by key.
#include <algorithm>
#include <map>
#include <optional>

#include "compare/change.h"
#include "util/text.h"

namespace pvpp {
namespace {

using Key = std::pair<RecordKind, std::string>;

std::map<Key, const Record*> by_key(const std::vector<Record>& records) {
    std::map<Key, const Record*> map;
    for (const auto& r : records) { map.emplace(Key{r.kind, r.id}, &r); }
    return map;
}

void add_pages(std::vector<std::string>& to, const std::vector<std::string>& pages) {
    for (const auto& p : pages) {
        if (std::find(to.begin(), to.end(), p) == to.end()) { to.push_back(p); }
    }
}

const Field* find_field(const Record& r, const std::string& key) {
    auto it = std::find_if(r.fields.begin(), r.fields.end(), [&](const Field& f) { return f.key == key; });
    return it == r.fields.end() ? nullptr : &*it;
}

FieldChange field_change(const Field* old_field, const Field* new_field) {
    const Field& f = new_field ? *new_field : *old_field;
    FieldChange c{f.label, f.type, {}, {}, {}, {}};
    if (old_field) {
        c.old_value = old_field->value;
        c.old_items = old_field->items;
    }
    if (new_field) {
        c.new_value = new_field->value;
        c.new_items = new_field->items;
    }
    return c;
}

void note(Change& c, const Field* old_field, const Field* new_field) {
    c.fields.push_back(field_change(old_field, new_field));
    for (const Field* f : {old_field, new_field}) {
        if (f) { add_pages(c.pages, f->pages); }
    }
}

// Fields in the new record's order, then those only the old record had.
void compare_fields(const Record& o, const Record& n, Change& c) {
    for (const auto& f : n.fields) {
        const Field* old = find_field(o, f.key);
        bool same = old ? old->value == f.value && old->items == f.items : f.empty();
        if (!same) { note(c, old, &f); }
    }
    for (const auto& f : o.fields) {
        if (!find_field(n, f.key) && !f.empty()) { note(c, &f, nullptr); }
    }
}

std::optional<Change> difference(const Record& o, const Record& n) {
    Change c{ChangeType::changed, n.kind, n.id, n.code, o.code, n.name, o.name, {}, {}};
    compare_fields(o, n, c);
    bool recoded = o.id != n.id, renamed = o.name != n.name;
    if (!recoded && !renamed && c.fields.empty()) { return std::nullopt; }
    if (recoded || renamed) {
        add_pages(c.pages, o.pages);
        add_pages(c.pages, n.pages);
    }
    c.type = recoded ? ChangeType::recoded : renamed ? ChangeType::renamed : ChangeType::changed;
    return c;
}

Change whole(const Record& r, ChangeType type) {
    Change c{type, r.kind, r.id, r.code, r.code, r.name, r.name, {}, r.pages};
    for (const auto& f : r.fields) {
        if (!f.empty()) { c.fields.push_back(type == ChangeType::added ? field_change(nullptr, &f) : field_change(&f, nullptr)); }
    }
    return c;
}

using Records = std::vector<const Record*>;

std::size_t count_named(const Records& list, const Record& like) {
    return static_cast<std::size_t>(std::count_if(list.begin(), list.end(), [&](const Record* r) {
        return r->kind == like.kind && r->name == like.name;
    }));
}

// A removed and an added record of one kind with the same name, each the only one of its
// side with that name, are one record under a new code (PU2-3 → PU2-24). Records without a
// name of their own (cards, milestones) are not paired: nothing tells two of them apart; nor
// are parts numbered by their place in their owner (card sections, activities): a new number
// is a new place, not a new code.
void pair_recoded(Records& removed, Records& added, std::vector<Change>& out) {
    for (auto r = removed.begin(); r != removed.end();) {
        const Record& old = **r;
        auto a = std::find_if(added.begin(), added.end(), [&](const Record* n) {
            return n->kind == old.kind && n->name == old.name;
        });
        if (!old.parent.empty() || old.name.empty() || a == added.end() || count_named(added, old) != 1 || count_named(removed, old) != 1) {
            ++r;
            continue;
        }
        out.push_back(*difference(old, **a));
        added.erase(a);
        r = removed.erase(r);
    }
}

// A section of an added card is part of that card's addition, not a change of its own.
bool owner_listed(const Record& r, const Records& whole) {
    return !r.parent.empty() && std::any_of(whole.begin(), whole.end(), [&](const Record* p) {
        return p->kind == r.parent_kind && p->id == r.parent;
    });
}

void add_whole(const Records& records, ChangeType type, std::vector<Change>& out) {
    for (const Record* r : records) {
        if (!owner_listed(*r, records)) { out.push_back(whole(*r, type)); }
    }
}

bool report_order(const Change& a, const Change& b) {
    if (a.kind != b.kind) { return a.kind < b.kind; }
    if (a.code != b.code) { return natural_less(a.code, b.code); }
    return natural_less(a.id, b.id);
}

}  // namespace

std::vector<Change> compare_records(const std::vector<Record>& old_records, const std::vector<Record>& new_records) {
    auto old_by = by_key(old_records), new_by = by_key(new_records);
    std::vector<Change> out;
    Records removed, added;
    for (const auto& n : new_records) {
        auto it = old_by.find({n.kind, n.id});
        if (it == old_by.end()) {
            added.push_back(&n);
        } else if (auto c = difference(*it->second, n)) {
            out.push_back(std::move(*c));
        }
    }
    for (const auto& o : old_records) {
        if (!new_by.count({o.kind, o.id})) { removed.push_back(&o); }
    }
    pair_recoded(removed, added, out);
    add_whole(added, ChangeType::added, out);
    add_whole(removed, ChangeType::removed, out);
    std::stable_sort(out.begin(), out.end(), report_order);
    return out;
}

}  // namespace pvpp
