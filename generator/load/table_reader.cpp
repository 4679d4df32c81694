#include "load/table_reader.h"

#include <cstdio>

#include "load/dates.h"
#include "load/string_source.h"
#include "load/toml_guard.h"
#include "load/toml_messages.h"
#include "util/message.h"
#include "util/text.h"

namespace pvpp {

SourceLoc to_loc(const LoadContext& ctx, const toml::source_position& pos) {
    return ctx.loc(static_cast<int>(pos.line), static_cast<int>(pos.column));
}

std::optional<toml::table> parse_toml(LoadContext& ctx, std::string_view text) {
    GuardedToml guarded = guard_toml(text);
    if (!guarded.error.empty()) {
        ctx.diags.error(ctx.loc(guarded.line, guarded.column), guarded.error);
        return std::nullopt;
    }
    toml::parse_result result = toml::parse(guarded.text, ctx.file);
    if (!result) {
        const auto& err = result.error();
        SourceLoc at = to_loc(ctx, err.source().begin);
        EditorMessage message = editor_toml_message(err.description());
        // toml++ stops where it gave up (the end of a date, the end of the line of an unclosed
        // text); the editor looks for the value they wrote, on the file's line (text may be a
        // page's front matter, which starts below the file's first line).
        if (message.at_value && at.line >= 1 && at.line <= static_cast<int>(ctx.lines.size())) {
            int column = value_column(ctx.lines[at.line - 1]);
            if (column > 0 && column < at.column) { at.column = column; }
        }
        ctx.diags.error(at, message.text);
        return std::nullopt;
    }
    return std::move(result).table();
}

TableReader::TableReader(const toml::table& table, LoadContext& ctx, std::string name)
    : m_table(table), m_ctx(ctx), m_name(std::move(name)) {}

SourceLoc TableReader::loc() const {
    const auto& begin = m_table.source().begin;
    return begin.line == 0 ? m_ctx.loc(1, 1) : to_loc(m_ctx, begin);  // a file's root table has no header
}

const toml::node* TableReader::get(std::string_view key, bool required) {
    m_asked.emplace(key);
    const toml::node* node = m_table.get(key);
    if (!node && required) { m_missing.emplace_back(key); }
    return node;
}

namespace {

const char* type_name(const toml::node& node) {
    switch (node.type()) {
        case toml::node_type::string:
            return _("a text");
        case toml::node_type::integer:
            return _("a whole number");
        case toml::node_type::floating_point:
            return _("a decimal number");
        case toml::node_type::boolean:
            return _("true or false");
        case toml::node_type::table:
            return _("a table");
        case toml::node_type::array:
            return _("a list");
        case toml::node_type::date:
            return _("a date");
        default:
            return _("a date and time");
    }
}

}  // namespace

void TableReader::type_error(std::string_view key, const toml::node& node, const char* expected) {
    m_ctx.diags.error(to_loc(m_ctx, node.source().begin),
                      fill(_("'{1}' must be {2}, not {3}"), {std::string(key), expected, type_name(node)}));
}

template <typename T>
const auto* TableReader::typed(std::string_view key, bool required, const char* expected) {
    const toml::node* node = get(key, required);
    const auto* value = node ? node->as<T>() : nullptr;
    if (node && !value) { type_error(key, *node, fill(_(expected), {std::string(key)}).c_str()); }
    return value;
}

std::string TableReader::string(std::string_view key, bool required) {
    const auto* s = typed<std::string>(key, required, N_("a text"));
    if (s && required && trim(s->get()).empty()) {
        m_ctx.diags.error(to_loc(m_ctx, s->source().begin), fill(_("'{1}' is empty"), {std::string(key)}));
    }
    return s ? s->get() : std::string();
}

SourceLoc TableReader::value_loc(std::string_view key) const {
    const toml::node* node = m_table.get(key);
    return node ? to_loc(m_ctx, node->source().begin) : loc();
}

Text TableReader::markdown(std::string_view key, bool required) {
    const toml::node* node = m_table.get(key);
    std::string value = string(key, required);
    if (!node || !node->is_string()) { return Text{value, {}, {}}; }
    return string_text(m_ctx, to_loc(m_ctx, node->source().begin), std::move(value));
}

std::optional<std::int64_t> TableReader::integer(std::string_view key, bool required) {
    const auto* i = typed<std::int64_t>(key, required, N_("a whole number"));
    return i ? std::optional<std::int64_t>(i->get()) : std::nullopt;
}

std::optional<bool> TableReader::boolean(std::string_view key) {
    const auto* b = typed<bool>(key, false, N_("true or false"));
    return b ? std::optional<bool>(b->get()) : std::nullopt;
}

std::vector<Ref> TableReader::refs(std::string_view key) {
    std::vector<Ref> out;
    const auto* array = typed<toml::array>(key, false, N_("a list of texts ([\"…\", \"…\"])"));
    if (!array) { return out; }
    for (const auto& item : *array) {
        if (const auto* s = item.as_string()) {
            out.push_back({s->get(), to_loc(m_ctx, item.source().begin)});
        } else {
            type_error(key, item, _("a text"));
        }
    }
    return out;
}

std::vector<std::string> TableReader::strings(std::string_view key) {
    std::vector<std::string> out;
    for (auto& ref : refs(key)) { out.push_back(std::move(ref.id)); }
    return out;
}

std::optional<Date> TableReader::date(std::string_view key, SourceLoc* where) {
    const toml::node* node = get(key, false);
    if (!node) { return std::nullopt; }
    SourceLoc at = to_loc(m_ctx, node->source().begin);
    if (where) { *where = at; }
    if (const auto* d = node->as_date()) { return Date{d->get().year, d->get().month, d->get().day}; }
    if (const auto* s = node->as_string()) {
        auto parsed = parse_latvian_date(s->get());
        if (!parsed) {
            m_ctx.diags.error(at, fill(_("'{1}' is not a date (write 2025-03-31 or 31.03.2025)"), {s->get()}));
        }
        return parsed;
    }
    type_error(key, *node, _("a date"));
    return std::nullopt;
}

std::vector<TableReader> TableReader::tables(std::string_view key) {
    std::vector<TableReader> out;
    const toml::node* node = get(key, false);
    if (!node) { return out; }
    const auto* array = node->as_array();
    if (!array || !array->is_array_of_tables()) {
        type_error(key, *node, fill(_("a list of tables ([[{1}]])"), {std::string(key)}).c_str());
        return out;
    }
    for (const auto& item : *array) { out.emplace_back(*item.as_table(), m_ctx, "[[" + std::string(key) + "]]"); }
    return out;
}

std::optional<TableReader> TableReader::table(std::string_view key) {
    const auto* t = typed<toml::table>(key, false, N_("a table ([{1}])"));
    if (!t) { return std::nullopt; }
    return TableReader(*t, m_ctx, "[" + std::string(key) + "]");
}

std::vector<std::pair<Ref, std::string>> TableReader::remaining_strings() {
    std::vector<std::pair<Ref, std::string>> out;
    for (auto&& [key, node] : m_table) {
        if (m_asked.count(key.str())) { continue; }
        Ref ref{std::string(key.str()), to_loc(m_ctx, key.source().begin)};
        if (const auto* s = typed<std::string>(key.str(), false, N_("a text"))) { out.emplace_back(ref, s->get()); }
    }
    return out;
}

std::vector<std::pair<Ref, TableReader>> TableReader::keyed_tables(std::string_view prefix) {
    std::vector<std::pair<Ref, TableReader>> out;
    for (auto&& [key, node] : m_table) {
        m_asked.emplace(key.str());
        Ref ref{std::string(key.str()), to_loc(m_ctx, key.source().begin)};
        if (const auto* t = node.as_table()) {
            out.emplace_back(ref, TableReader(*t, m_ctx, std::string(prefix) + ref.id));
        } else {
            type_error(std::string(prefix) + std::string(key.str()), node, _("a table"));
        }
    }
    return out;
}

bool TableReader::misspelled(std::string_view key) const {
    std::vector<std::string> known(m_asked.begin(), m_asked.end());
    for (auto&& [other, node] : m_table) {
        if (!m_asked.count(other.str()) && nearest(other.str(), known) == key) { return true; }
    }
    return false;
}

void TableReader::finish() {
    // A file's own keys need no "in <file>": the finding's place already names the file.
    bool top = m_name == m_ctx.file;
    for (const auto& key : m_missing) {
        if (misspelled(key)) { continue; }
        m_ctx.diags.error(loc(), top ? fill(_("missing required key '{1}'"), {key})
                                     : fill(_("missing required key '{1}' in {2}"), {key, m_name}));
    }
    m_missing.clear();
    std::vector<std::string> known(m_asked.begin(), m_asked.end());
    for (auto&& [key, node] : m_table) {
        if (m_asked.count(key.str())) { continue; }
        m_ctx.diags.error(to_loc(m_ctx, key.source().begin),
                          unknown_key_message(std::string(key.str()), nearest(key.str(), known), top));
    }
}

std::string TableReader::unknown_key_message(const std::string& key, const std::string& guess, bool top) const {
    if (top) {
        return guess.empty() ? fill(_("unknown key '{1}'"), {key})
                             : fill(_("unknown key '{1}' (did you mean '{2}'?)"), {key, guess});
    }
    return guess.empty() ? fill(_("unknown key '{1}' in {2}"), {key, m_name})
                         : fill(_("unknown key '{1}' in {2} (did you mean '{3}'?)"), {key, m_name, guess});
}

}  // namespace pvpp
