// Typed, position-keeping access to one TOML table; reports wrong types,
// missing required keys and (on finish) keys nobody asked for.
#pragma once
#include <toml++/toml.h>

#include <cstdint>
#include <optional>
#include <set>
#include <string>
#include <string_view>
#include <vector>

#include "load/load_context.h"

namespace pvpp {

class TableReader {
   public:
    TableReader(const toml::table& table, LoadContext& ctx, std::string name);

    SourceLoc loc() const;
    LoadContext& context() const { return m_ctx; }

    std::string string(std::string_view key, bool required = false);
    Text markdown(std::string_view key, bool required = false);
    std::optional<std::int64_t> integer(std::string_view key, bool required = false);
    std::optional<bool> boolean(std::string_view key);
    std::vector<std::string> strings(std::string_view key);
    std::vector<Ref> refs(std::string_view key);
    /// A TOML date or a "dd.mm.yyyy" string; where receives the value's position.
    std::optional<Date> date(std::string_view key, SourceLoc* where = nullptr);
    std::vector<TableReader> tables(std::string_view key);
    std::optional<TableReader> table(std::string_view key);
    /// Position of a key's value, or of the table when the key is absent.
    SourceLoc value_loc(std::string_view key) const;
    /// String values of the keys not asked for so far, as references (the matrix).
    std::vector<std::pair<Ref, std::string>> remaining_strings();
    /// Every key of this table with its table value (the per-field `fields` overrides), each
    /// named prefix + key in messages.
    std::vector<std::pair<Ref, TableReader>> keyed_tables(std::string_view prefix);
    /// Whether a key was asked for (present or not): a key the loader knows.
    bool knows(std::string_view key) const { return m_asked.count(key) > 0; }
    /// The keys asked for so far, for "did you mean".
    std::vector<std::string> known_keys() const { return {m_asked.begin(), m_asked.end()}; }

    /// True when a key nobody asked for is the nearest spelling of `key` (a misspelling that
    /// finish() reports as "did you mean"), so its absence needs no finding of its own.
    bool misspelled(std::string_view key) const;

    /// Reports every key that no call above asked for, then the required keys that are
    /// missing and not misspelled (one mistake, one error).
    void finish();

   private:
    std::string unknown_key_message(const std::string& key, const std::string& guess, bool top) const;
    const toml::node* get(std::string_view key, bool required);
    /// The value of key as a T (std::string, std::int64_t, bool, toml::array, toml::table), or none
    /// when it is absent or (reported: it must be `expected`, a message id, {1} the key) of another type.
    template <typename T>
    const auto* typed(std::string_view key, bool required, const char* expected);
    void type_error(std::string_view key, const toml::node& node, const char* expected);

    const toml::table& m_table;
    LoadContext& m_ctx;
    std::string m_name;
    std::set<std::string, std::less<>> m_asked;
    std::vector<std::string> m_missing;  ///< required keys absent, reported by finish()
};

/// Converts a toml++ position into a corpus position.
SourceLoc to_loc(const LoadContext& ctx, const toml::source_position& pos);

/// Parses a whole TOML text; on a syntax error reports it and returns nullopt.
std::optional<toml::table> parse_toml(LoadContext& ctx, std::string_view text);

}  // namespace pvpp
