// A record of a kind that has no struct of its own (RecordKindInfo::fields): its fields as
// written, each with its position, so every generic pass can read it.
#pragma once
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "model/provenance.h"
#include "model/text.h"

namespace pvpp {

/// One field's value, in the member its type names (model/record_fields.h).
struct GenericField {
    std::string key = {};
    std::string value = {};
    Text text = {};
    std::vector<Ref> refs = {};
    std::vector<std::string> strings = {};
    std::optional<std::int64_t> number = {};
    std::optional<bool> flag = {};
    std::optional<Date> date = {};
    Schedule schedule = {};
};

struct GenericRecord : Sourced {
    std::string id;  ///< its code or id
    std::string name;
    std::vector<GenericField> fields;  ///< in the order of its kind's `fields`

    /// The field of that key (every key of the kind is present once loaded).
    const GenericField* field(const std::string& key) const;
};

}  // namespace pvpp
