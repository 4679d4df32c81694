#include "load/table_reader.h"

#include <cstdio>

#include "load/dates.h"
#include "load/string_source.h"
#include "load/toml_guard.h"
#include "util/text.h"

namespace pvpp {

SourceLoc to_loc(const LoadContext& ctx, const toml::source_position& pos) {
    return ctx.loc(static_cast<int>(pos.line), static_cast<int>(pos.column));
}

std::optional<toml::table> parse_toml(LoadContext& ctx, std::string_view text) {
    GuardedToml guarded = guard_toml(text);
    if (!guarded.error.empty()) {
        ctx.diags.error(ctx.loc(guarded.line, guarded.column), "TOML: " + guarded.error);
        return std::nullopt;
    }
    toml::parse_result result = toml::parse(guarded.text, ctx.file);
    if (!result) {
        const auto& err = result.error();
        std::string message = "TOML: " + std::string(err.description());
        // toml++ stops at the end of the file and cannot say what was left open there.
        if (message.ends_with("encountered end-of-file")) {
            message += " (a string, list or table opened above is not closed)";
        }
        ctx.diags.error(to_loc(ctx, err.source().begin), message);
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
        case toml::node_type::string: return "a string";
        case toml::node_type::integer: return "an integer";
        case toml::node_type::floating_point: return "a number";
        case toml::node_type::boolean: return "a boolean";
        case toml::node_type::table: return "a table";
        case toml::node_type::array: return "an array";
        case toml::node_type::date: return "a date";
        default: return "a date-time";
    }
}

}  // namespace

void TableReader::type_error(std::string_view key, const toml::node& node, const char* expected) {
    m_ctx.diags.error(to_loc(m_ctx, node.source().begin),
                      "'" + std::string(key) + "' must be " + expected + ", not " + type_name(node));
}

std::string TableReader::string(std::string_view key, bool required) {
    const toml::node* node = get(key, required);
    if (!node) { return {}; }
    if (const auto* s = node->as_string()) {
        if (required && trim(s->get()).empty()) {
            m_ctx.diags.error(to_loc(m_ctx, node->source().begin), "'" + std::string(key) + "' is empty");
        }
        return s->get();
    }
    type_error(key, *node, "a string");
    return {};
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
    const toml::node* node = get(key, required);
    if (!node) { return std::nullopt; }
    if (const auto* i = node->as_integer()) { return i->get(); }
    type_error(key, *node, "an integer");
    return std::nullopt;
}

std::optional<bool> TableReader::boolean(std::string_view key) {
    const toml::node* node = get(key, false);
    if (!node) { return std::nullopt; }
    if (const auto* b = node->as_boolean()) { return b->get(); }
    type_error(key, *node, "true or false");
    return std::nullopt;
}

std::vector<Ref> TableReader::refs(std::string_view key) {
    std::vector<Ref> out;
    const toml::node* node = get(key, false);
    if (!node) { return out; }
    const auto* array = node->as_array();
    if (!array) {
        type_error(key, *node, "an array of strings");
        return out;
    }
    for (const auto& item : *array) {
        if (const auto* s = item.as_string()) {
            out.push_back({s->get(), to_loc(m_ctx, item.source().begin)});
        } else {
            type_error(key, item, "a string");
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
    if (const auto* d = node->as_date()) {
        return Date{d->get().year, d->get().month, d->get().day};
    }
    if (const auto* s = node->as_string()) {
        auto parsed = parse_latvian_date(s->get());
        if (!parsed) { m_ctx.diags.error(at, "'" + s->get() + "' is not a date (write 2025-03-31 or 31.03.2025)"); }
        return parsed;
    }
    type_error(key, *node, "a date");
    return std::nullopt;
}

std::vector<TableReader> TableReader::tables(std::string_view key) {
    std::vector<TableReader> out;
    const toml::node* node = get(key, false);
    if (!node) { return out; }
    const auto* array = node->as_array();
    if (!array || !array->is_array_of_tables()) {
        type_error(key, *node, ("an array of tables ([[" + std::string(key) + "]])").c_str());
        return out;
    }
    for (const auto& item : *array) {
        out.emplace_back(*item.as_table(), m_ctx, "[[" + std::string(key) + "]]");
    }
    return out;
}

std::optional<TableReader> TableReader::table(std::string_view key) {
    const toml::node* node = get(key, false);
    if (!node) { return std::nullopt; }
    if (const auto* t = node->as_table()) { return TableReader(*t, m_ctx, "[" + std::string(key) + "]"); }
    type_error(key, *node, ("a table ([" + std::string(key) + "])").c_str());
    return std::nullopt;
}

std::vector<std::pair<Ref, std::string>> TableReader::remaining_strings() {
    std::vector<std::pair<Ref, std::string>> out;
    for (auto&& [key, node] : m_table) {
        if (m_asked.count(key.str())) { continue; }
        m_asked.emplace(key.str());
        Ref ref{std::string(key.str()), to_loc(m_ctx, key.source().begin)};
        if (const auto* s = node.as_string()) {
            out.emplace_back(ref, s->get());
        } else {
            type_error(key.str(), node, "a string");
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
    for (const auto& key : m_missing) {
        if (misspelled(key)) { continue; }
        m_ctx.diags.error(loc(), "missing required key '" + key + "' in " + m_name);
    }
    m_missing.clear();
    std::vector<std::string> known(m_asked.begin(), m_asked.end());
    for (auto&& [key, node] : m_table) {
        if (m_asked.count(key.str())) { continue; }
        std::string message = "unknown key '" + std::string(key.str()) + "' in " + m_name;
        if (std::string guess = nearest(key.str(), known); !guess.empty()) {
            message += " (did you mean '" + guess + "'?)";
        }
        m_ctx.diags.error(to_loc(m_ctx, key.source().begin), message);
    }
}

}  // namespace pvpp
