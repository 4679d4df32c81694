// JSON values with their key order kept, and one deterministic writer: the open
// data is byte-identical from build to build and reads well in a diff.
#pragma once
#include <string>
#include <utility>
#include <vector>

namespace pvpp::json {

struct Member;

/// A JSON value; an object keeps its members in the order they were added.
struct Value {
    enum class Type { null, boolean, integer, string, array, object };
    Type type = Type::null;
    bool boolean = false;
    long long integer = 0;
    std::string string;
    std::vector<Value> items;
    std::vector<Member> members;

    /// The member named key, or nullptr.
    const Value* find(const std::string& key) const;
};

/// An object's member. Not a std::pair: a pair holding the Value being defined is an
/// incomplete type to clang, which builds the fuzzers and sanitizer runs.
struct Member {
    Member(std::string key, Value value) : first(std::move(key)), second(std::move(value)) {}
    std::string first;
    Value second;
};

Value null();
Value boolean(bool b);
Value integer(long long i);
Value string(std::string s);
/// A string, or null when s is empty (the corpus does not have the value).
Value string_or_null(std::string s);
Value array(std::vector<Value> items = {});
Value object(std::vector<Member> members = {});
/// An array of strings.
Value strings(const std::vector<std::string>& items);

/// The value as JSON text: two-space indentation, an object member per line, arrays
/// of scalars on one line, strings as util/json_string writes them (UTF-8 kept as it
/// is, so Latvian letters stay readable), a newline at the end of the top level.
std::string write(const Value& value);

}  // namespace pvpp::json
