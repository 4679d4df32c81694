// The fields of a record kind as every generic pass reads them: each field's key, type, Latvian
// label and the kind it names, and a getter that reads its value from a record (a setter that
// writes it when it is a key), whether the record is a struct of the model (Term, Task …) or a
// GenericRecord of a registered kind. One field stated once here is loaded, checked, diffed,
// published as open data and counted.
#pragma once
#include <cstdint>
#include <functional>
#include <optional>
#include <span>
#include <string_view>
#include <type_traits>
#include <typeinfo>
#include <vector>

#include "model/entity.h"
#include "model/generic_record.h"
#include "model/provenance.h"
#include "model/text.h"

namespace pvpp {

struct Corpus;

/// What a field holds. `ref` is one reference (a shipped kind's may be derived from its code, with
/// no place of its own to check); `schedule` is a work-plan row's dates, duration and progress.
enum class FieldKind { text, markdown, ref, refs, strings, number, flag, date, schedule };

/// One field's value in one record, in the member its type names; views point into the corpus.
struct FieldValue {
    std::string value = {};                  ///< text; ref: the id it names ("" = none)
    const Text* text = nullptr;              ///< markdown
    std::span<const Ref> refs = {};          ///< refs; ref: the reference, where it was written (none if derived)
    std::vector<std::string> strings = {};   ///< strings
    std::optional<std::int64_t> number = {};
    std::optional<bool> flag = {};
    std::optional<Date> date = {};
    const Schedule* schedule = nullptr;
};

/// Reads a field from a record of a shipped kind (its struct, as `const void*`).
using FieldGetter = FieldValue (*)(const void* record);

/// Writes a field, as the loader read it, into a record of a shipped kind.
using FieldSetter = void (*)(void* record, GenericField&& value);

/// How a field is read from a struct and written into it: `member<&Term::name>` does both; a
/// value derived from others (a lambda, `derived<&Capability::inferred>`) is only read, so the
/// loader never takes it from a key.
struct FieldAccess {
    FieldGetter get = nullptr;
    FieldSetter set = nullptr;

    constexpr FieldAccess() = default;
    constexpr FieldAccess(FieldGetter g, FieldSetter s) : get(g), set(s) {}
    template <typename F>
    requires std::is_convertible_v<F, FieldGetter>
    constexpr FieldAccess(F g) : get(g) {}  // NOLINT: a getter lambda stands for a derived field
};

/// A field as editors write it in its kind's TOML table. A kind's first field is its code or
/// id, the field keyed "name" (or "title") its name. `optional`, `minimum`, `maximum` and
/// `values` say what the open data's JSON Schema allows; `required` is the loader's alone.
struct FieldInfo {
    const char* key;  ///< "see_also"
    FieldKind type = FieldKind::text;
    EntityKind target = EntityKind::term;  ///< ref, refs: the kind its values name
    const char* label = "";                ///< Latvian, as pages and the change report show it: "Skatīt arī"
    FieldAccess access = {};               ///< shipped kinds: reads (and writes) the struct; registered kinds: none
    const char* description = "";          ///< English, for the open data's JSON Schema
    /// text, ref, number, flag: may be empty (null in open data); a text, ref or number that
    /// is not optional must be written, unless `required` says otherwise.
    bool optional = false;
    std::optional<int> minimum = {};  ///< number
    std::optional<int> maximum = {};
    std::vector<std::string> values = {};  ///< text: the only values allowed, when listed
    /// Whether the loader needs its key, where `optional` does not say (a page's weight may be
    /// left out and is 0; a card duty's Markdown text must be written).
    std::optional<bool> required = {};
};

/// One record of any kind, as generic passes see it.
struct RecordView {
    EntityKey key;
    std::string_view name;
    const Sourced* source = nullptr;  ///< where it is written, its source and status
    const void* record = nullptr;     ///< the struct, or the GenericRecord
    const std::type_info* type = nullptr;  ///< record's type, so that reading it as another fails an assertion
};

using RecordVisitor = std::function<void(const RecordView&)>;

/// The value of field i of a kind's `fields` in a record.
FieldValue field_value(const RecordView& record, const FieldInfo& field, std::size_t i);

/// A GenericRecord's field as a view.
FieldValue field_value(const GenericField& field);

// Turning a struct member into a FieldValue, by the member's type.
inline FieldValue as_field(const std::string& v) { return {.value = v}; }
inline FieldValue as_field(const Ref& v) { return {.value = v.id, .refs = {&v, 1}}; }
inline FieldValue as_field(const Text& v) { return {.text = &v}; }
inline FieldValue as_field(const std::vector<Ref>& v) { return {.refs = v}; }
inline FieldValue as_field(const std::vector<std::string>& v) { return {.strings = v}; }
inline FieldValue as_field(int v) { return {.number = v}; }
inline FieldValue as_field(const std::optional<int>& v) {
    return {.number = v ? std::optional<std::int64_t>(*v) : std::nullopt};
}
inline FieldValue as_field(bool v) { return {.flag = v}; }
inline FieldValue as_field(const std::optional<bool>& v) { return {.flag = v}; }
inline FieldValue as_field(const std::optional<Date>& v) { return {.date = v}; }
inline FieldValue as_field(const Schedule& v) { return {.schedule = &v}; }

template <typename T>
struct member_owner;
template <typename C, typename M>
struct member_owner<M C::*> {
    using type = C;
};

// Taking a field as the loader read it into a struct member, by the member's type. A value
// not written leaves the member as the struct starts it (a group's `policy` is true).
inline void take(std::string& m, GenericField&& v) { m = std::move(v.value); }
inline void take(Text& m, GenericField&& v) { m = std::move(v.text); }
inline void take(Ref& m, GenericField&& v) { m = v.refs.empty() ? m : std::move(v.refs[0]); }
inline void take(std::vector<Ref>& m, GenericField&& v) { m = std::move(v.refs); }
inline void take(std::vector<std::string>& m, GenericField&& v) { m = std::move(v.strings); }
inline void take(int& m, GenericField&& v) { m = static_cast<int>(v.number.value_or(m)); }
inline void take(bool& m, GenericField&& v) { m = v.flag.value_or(m); }
inline void take(std::optional<bool>& m, GenericField&& v) { m = v.flag ? v.flag : m; }
inline void take(Schedule& m, GenericField&& v) { m = std::move(v.schedule); }

/// The record a getter reads, as its struct: `as<Milestone>(m).schedule.start`.
template <typename T>
const T& as(const void* record) {
    return *static_cast<const T*>(record);
}

template <auto Member>
FieldValue get_member(const void* record) {
    using Owner = typename member_owner<decltype(Member)>::type;
    return as_field(static_cast<const Owner*>(record)->*Member);
}

template <auto Member>
void set_member(void* record, GenericField&& value) {
    using Owner = typename member_owner<decltype(Member)>::type;
    take(static_cast<Owner*>(record)->*Member, std::move(value));
}

/// A struct member as a field, read and written: `member<&Term::definition>`.
template <auto Member>
inline constexpr FieldAccess member{get_member<Member>, set_member<Member>};

/// A struct member the loader derives from other keys: read, never taken from a key of its own.
template <auto Member>
inline constexpr FieldAccess derived{get_member<Member>, nullptr};

/// Where the loader puts a new record of a shipped kind: the struct, and its position and provenance.
struct RecordSlot {
    void* record = nullptr;
    Sourced* source = nullptr;
};

/// Appends an empty record to a list of the corpus: `append_to<&Corpus::terms>` (Records may
/// also be a function of the corpus that returns the list).
template <auto Records>
RecordSlot append_to(Corpus& corpus) {
    auto& r = std::invoke(Records, corpus).emplace_back();
    return {&r, &r};
}

// A record's key as text: its id or code, or its number.
inline std::string key_text(const std::string& id) { return id; }
inline std::string key_text(int number) { return std::to_string(number); }

/// Every record of a shipped kind as a view, in corpus order, keyed by Id and named by Name
/// (members or functions of the record): `records_of<&Corpus::terms, K::term, &Term::id, &Term::name>`.
template <auto Records, EntityKind Kind, auto Id, auto Name>
void records_of(const Corpus& corpus, const RecordVisitor& fn) {
    for (const auto& r : std::invoke(Records, corpus)) {
        fn({{Kind, key_text(std::invoke(Id, r))}, std::invoke(Name, r), &r, &r, &typeid(r)});
    }
}

}  // namespace pvpp
