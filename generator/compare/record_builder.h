// Builds a Record field by field, turning model values (Markdown, dates, flags,
// references) into the strings and lists the comparison works on.
#pragma once
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "compare/record.h"
#include "model/record_fields.h"

namespace pvpp {

class RecordBuilder {
public:
    RecordBuilder(RecordKind kind, std::string id, std::string name, std::vector<std::string> pages = {});

    /// The code as shown, when it is not the id.
    RecordBuilder& code(std::string code);
    /// The kind it reports under (a capability's resource) and the live pages that list it.
    RecordBuilder& kind(RecordKind kind);
    RecordBuilder& pages(std::vector<std::string> pages);
    RecordBuilder& parent(RecordKind kind, std::string id);
    /// The live pages that show the fields added from here on ("" entries are dropped).
    RecordBuilder& shown_on(std::vector<std::string> pages);
    /// The live pages that show a field already added.
    RecordBuilder& show(std::string_view key, std::vector<std::string> pages);
    /// Leaves out a field already added (one the record's kind says already).
    RecordBuilder& drop(std::string_view key);

    // A field matches across versions by its key: the label unless given.
    RecordBuilder& scalar(const std::string& label, std::string value, std::string key = "");
    RecordBuilder& text(const std::string& label, const Text& value, std::string key = "");
    RecordBuilder& list(const std::string& label, std::vector<std::string> items, std::string key = "");
    RecordBuilder& number(const std::string& label, std::optional<std::int64_t> value, const char* unit = "");
    RecordBuilder& date(const std::string& label, const std::optional<Date>& value, std::string key = "");
    /// Start, end, duration and progress of a work-plan row.
    RecordBuilder& schedule(const Schedule& s);
    /// A field of the kind's descriptor with its value in a record, under its key unless given.
    RecordBuilder& field(const FieldInfo& f, const FieldValue& v, std::string key = "");

    Record take() { return std::move(m_record); }

private:
    Field& add(const std::string& label, FieldType type, std::string key);

    Record m_record;
    std::vector<std::string> m_shown_on;
};

}  // namespace pvpp
