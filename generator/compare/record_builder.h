// Builds a Record field by field, turning model values (Markdown, dates, flags,
// references) into the strings and lists the comparison works on.
#pragma once
#include <optional>
#include <string>
#include <vector>

#include "compare/record.h"

namespace pvpp {

class RecordBuilder {
public:
    RecordBuilder(RecordKind kind, std::string id, std::string name, std::vector<std::string> pages = {});

    /// The code as shown, when it is not the id.
    RecordBuilder& code(std::string code);
    RecordBuilder& parent(std::string id);
    /// The live pages that show the fields added from here on ("" entries are dropped).
    RecordBuilder& shown_on(std::vector<std::string> pages);

    RecordBuilder& scalar(const std::string& label, std::string value);
    RecordBuilder& keyed_scalar(const std::string& key, const std::string& label, std::string value);
    RecordBuilder& number(const std::string& label, std::optional<int> value, const char* unit = "");
    RecordBuilder& date(const std::string& label, const std::optional<Date>& value);
    RecordBuilder& flag(const std::string& label, std::optional<bool> value);
    RecordBuilder& text(const std::string& label, const Text& value);
    RecordBuilder& keyed_text(const std::string& key, const std::string& label, const Text& value);
    RecordBuilder& list(const std::string& label, std::vector<std::string> items);
    RecordBuilder& refs(const std::string& label, const std::vector<Ref>& refs);
    /// Start, end, duration and progress of a work-plan row.
    RecordBuilder& schedule(const Schedule& s);

    Record take() { return std::move(m_record); }

private:
    Field& add(const std::string& key, const std::string& label, FieldType type);

    Record m_record;
    std::vector<std::string> m_shown_on;
};

}  // namespace pvpp
