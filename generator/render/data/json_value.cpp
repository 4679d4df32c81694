#include "render/data/json_value.h"

#include <algorithm>

#include "util/json_string.h"

namespace pvpp::json {
namespace {

bool is_scalar(const Value& v) { return v.type != Value::Type::array && v.type != Value::Type::object; }

void write_to(const Value& v, const std::string& indent, std::string& out);

void write_array(const Value& v, const std::string& indent, std::string& out) {
    if (v.items.empty()) {
        out += "[]";
        return;
    }
    bool inline_items = std::all_of(v.items.begin(), v.items.end(), is_scalar);
    std::string inner = indent + "  ";
    out += "[";
    for (std::size_t i = 0; i < v.items.size(); ++i) {
        out += i ? "," : "";
        out += inline_items ? (i ? " " : "") : "\n" + inner;
        write_to(v.items[i], inner, out);
    }
    out += inline_items ? "]" : "\n" + indent + "]";
}

void write_object(const Value& v, const std::string& indent, std::string& out) {
    if (v.members.empty()) {
        out += "{}";
        return;
    }
    std::string inner = indent + "  ";
    out += "{";
    for (std::size_t i = 0; i < v.members.size(); ++i) {
        out += (i ? ",\n" : "\n") + inner + json_quote(v.members[i].first) + ": ";
        write_to(v.members[i].second, inner, out);
    }
    out += "\n" + indent + "}";
}

void write_to(const Value& v, const std::string& indent, std::string& out) {
    switch (v.type) {
        case Value::Type::null: out += "null"; return;
        case Value::Type::boolean: out += v.boolean ? "true" : "false"; return;
        case Value::Type::integer: out += std::to_string(v.integer); return;
        case Value::Type::string: out += json_quote(v.string); return;
        case Value::Type::array: write_array(v, indent, out); return;
        case Value::Type::object: write_object(v, indent, out); return;
    }
}

}  // namespace

const Value* Value::find(const std::string& key) const {
    for (const auto& [name, value] : members) {
        if (name == key) { return &value; }
    }
    return nullptr;
}

Value null() { return {}; }

Value boolean(bool b) {
    Value v;
    v.type = Value::Type::boolean;
    v.boolean = b;
    return v;
}

Value integer(long long i) {
    Value v;
    v.type = Value::Type::integer;
    v.integer = i;
    return v;
}

Value string(std::string s) {
    Value v;
    v.type = Value::Type::string;
    v.string = std::move(s);
    return v;
}

Value string_or_null(std::string s) { return s.empty() ? null() : string(std::move(s)); }

Value array(std::vector<Value> items) {
    Value v;
    v.type = Value::Type::array;
    v.items = std::move(items);
    return v;
}

Value object(std::vector<Member> members) {
    Value v;
    v.type = Value::Type::object;
    v.members = std::move(members);
    return v;
}

Value strings(const std::vector<std::string>& items) {
    std::vector<Value> values;
    for (const auto& s : items) { values.push_back(string(s)); }
    return array(std::move(values));
}

std::string write(const Value& value) {
    std::string out;
    write_to(value, "", out);
    return out + "\n";
}

}  // namespace pvpp::json
