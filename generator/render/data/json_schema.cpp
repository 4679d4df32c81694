#include "render/data/json_schema.h"

#include "render/data/table_parts.h"

namespace pvpp::opendata {
namespace {

json::Value type_of(const char* type, bool nullable) {
    return nullable ? json::array({json::string(type), json::string("null")}) : json::string(type);
}

json::Value object_schema(const std::vector<Field>& fields, const std::string& description, const std::string& key);

// A string's constraints: pattern, allowed values, the table it refers to.
void add_string_rules(Members& m, const Field& f) {
    if (!f.pattern.empty()) { m.emplace_back("pattern", json::string(f.pattern)); }
    if (!f.values.empty()) {
        json::Value values = json::strings(f.values);
        if (f.nullable) { values.items.push_back(json::null()); }
        m.emplace_back("enum", std::move(values));
    }
    // The corpus's empty value is written null, so a present string is never empty.
    if (f.nullable && f.values.empty()) { m.emplace_back("minLength", json::integer(1)); }
    if (!f.refers_to.empty()) { m.emplace_back("x-refers-to", json::string(f.refers_to)); }
}

json::Value field_schema(const Field& f) {
    Members m{{"description", json::string(f.description)}};
    switch (f.type) {
        case FieldType::string:
        case FieldType::text:
            m.emplace_back("type", type_of("string", f.nullable || f.type == FieldType::text));
            add_string_rules(m, f);
            break;
        case FieldType::date:
            m.emplace_back("type", type_of("string", true));
            m.emplace_back("format", json::string("date"));
            m.emplace_back("pattern", json::string(f.pattern));
            break;
        case FieldType::integer:
            m.emplace_back("type", type_of("integer", f.nullable));
            if (f.minimum) { m.emplace_back("minimum", json::integer(*f.minimum)); }
            if (f.maximum) { m.emplace_back("maximum", json::integer(*f.maximum)); }
            break;
        case FieldType::boolean: m.emplace_back("type", type_of("boolean", f.nullable)); break;
        case FieldType::strings: {
            Members item{{"type", json::string("string")}};
            add_string_rules(item, f);
            m.emplace_back("type", json::string("array"));
            m.emplace_back("items", json::object(std::move(item)));
            break;
        }
        case FieldType::object: return object_schema(f.fields, f.description, "");
        case FieldType::objects:
            m.emplace_back("type", json::string("array"));
            m.emplace_back("items", object_schema(f.fields, "", ""));
            break;
    }
    return json::object(std::move(m));
}

json::Value object_schema(const std::vector<Field>& fields, const std::string& description, const std::string& key) {
    Members m;
    if (!description.empty()) { m.emplace_back("description", json::string(description)); }
    m.emplace_back("type", json::string("object"));
    if (!key.empty()) { m.emplace_back("x-key", json::string(key)); }
    std::vector<std::string> required;
    Members properties;
    for (const auto& f : fields) {
        required.push_back(f.name);
        properties.emplace_back(f.name, field_schema(f));
    }
    m.emplace_back("required", json::strings(required));
    m.emplace_back("additionalProperties", json::boolean(false));
    m.emplace_back("properties", json::object(std::move(properties)));
    return json::object(std::move(m));
}

Members top_properties(const std::vector<Table>& tables) {
    Members p{{"schema_version", json::object({{"description", json::string("Version of this format.")},
                                               {"const", json::string(k_schema_version)}})},
              {"title", json::object({{"description", json::string("Title of the published site.")},
                                      {"type", json::string("string")}})},
              {"base_url", json::object({{"description", json::string("The live site the corpus is published on.")},
                                         {"type", type_of("string", true)}})}};
    for (const auto& t : tables) {
        p.emplace_back(t.name, json::object({{"description", json::string(t.description)},
                                             {"type", json::string("array")},
                                             {"items", json::object({{"$ref", json::string("#/$defs/" + t.record)}})}}));
    }
    return p;
}

}  // namespace

json::Value open_data_schema(const std::vector<Table>& tables) {
    Members properties = top_properties(tables);
    std::vector<std::string> required;
    for (const auto& [name, value] : properties) { required.push_back(name); }
    Members defs;
    for (const auto& t : tables) { defs.emplace_back(t.record, object_schema(t.fields, "", t.key)); }
    return json::object({{"$schema", json::string("https://json-schema.org/draft/2020-12/schema")},
                         {"title", json::string("pvpp open data: Latvia's service management policy corpus")},
                         {"description", json::string("The corpus of the plan PVPP2027 and its appendices as "
                                                      "published by pvpp (docs/open-data.md).")},
                         {"type", json::string("object")},
                         {"required", json::strings(required)},
                         {"additionalProperties", json::boolean(false)},
                         {"properties", json::object(std::move(properties))},
                         {"$defs", json::object(std::move(defs))}});
}

}  // namespace pvpp::opendata
