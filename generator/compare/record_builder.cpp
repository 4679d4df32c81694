#include "compare/record_builder.h"

#include "util/lower_case.h"
#include "util/message.h"
#include "util/text.h"

namespace pvpp {
namespace {

std::vector<std::string> non_empty(std::vector<std::string> slugs) {
    std::erase(slugs, std::string());
    return slugs;
}

std::vector<std::string> ids(std::span<const Ref> refs) {
    std::vector<std::string> out;
    for (const auto& r : refs) { out.push_back(r.id); }
    return out;
}

}  // namespace

RecordBuilder::RecordBuilder(RecordKind kind, std::string id, std::string name, std::vector<std::string> pages) {
    m_record.kind = kind;
    m_record.code = id;
    m_record.id = std::move(id);
    m_record.name = std::move(name);
    m_record.pages = non_empty(std::move(pages));
}

RecordBuilder& RecordBuilder::code(std::string code) {
    m_record.code = std::move(code);
    return *this;
}

RecordBuilder& RecordBuilder::kind(RecordKind kind) {
    m_record.kind = kind;
    return *this;
}

RecordBuilder& RecordBuilder::pages(std::vector<std::string> pages) {
    m_record.pages = non_empty(std::move(pages));
    return *this;
}

RecordBuilder& RecordBuilder::parent(RecordKind kind, std::string id) {
    m_record.parent_kind = kind;
    m_record.parent = std::move(id);
    return *this;
}

RecordBuilder& RecordBuilder::shown_on(std::vector<std::string> pages) {
    m_shown_on = non_empty(std::move(pages));
    return *this;
}

RecordBuilder& RecordBuilder::show(std::string_view key, std::vector<std::string> pages) {
    for (auto& f : m_record.fields) {
        if (f.key == key) { f.pages = non_empty(pages); }
    }
    return *this;
}

RecordBuilder& RecordBuilder::drop(std::string_view key) {
    std::erase_if(m_record.fields, [&](const Field& f) { return f.key == key; });
    return *this;
}

Field& RecordBuilder::add(const std::string& label, FieldType type, std::string key) {
    m_record.fields.push_back({key.empty() ? label : std::move(key), label, type, {}, {}, m_shown_on});
    return m_record.fields.back();
}

RecordBuilder& RecordBuilder::scalar(const std::string& label, std::string value, std::string key) {
    add(label, FieldType::scalar, std::move(key)).value = std::move(value);
    return *this;
}

RecordBuilder& RecordBuilder::text(const std::string& label, const Text& value, std::string key) {
    // White space around a Markdown text changes nothing a reader sees.
    add(label, FieldType::text, std::move(key)).value = std::string(trim(value.markdown));
    return *this;
}

RecordBuilder& RecordBuilder::list(const std::string& label, std::vector<std::string> items, std::string key) {
    add(label, FieldType::list, std::move(key)).items = std::move(items);
    return *this;
}

RecordBuilder& RecordBuilder::number(const std::string& label, std::optional<std::int64_t> value, const char* unit) {
    return scalar(label, value ? std::to_string(*value) + unit : "");
}

RecordBuilder& RecordBuilder::date(const std::string& label, const std::optional<Date>& value, std::string key) {
    return scalar(label, value ? format_date(*value) : "", std::move(key));
}

RecordBuilder& RecordBuilder::schedule(const Schedule& s) {
    date("sākums", s.start);
    date("beigu termiņš", s.end);
    number("ilgums", s.duration_days, " d.");  // the units the site and the workbook show
    number("izpilde", s.done_percent, "%");
    std::string months = s.period_from && s.period_to ? format_month(*s.period_from) + "–" + format_month(*s.period_to) : "";
    return scalar(_("planned period"), months, "period");
}

// A descriptor's field under its own key, labelled as pages label it but in lower case.
RecordBuilder& RecordBuilder::field(const FieldInfo& f, const FieldValue& v, std::string key) {
    std::string label = lower_latvian(f.label);
    if (key.empty()) { key = f.key; }
    switch (f.type) {
        case FieldKind::text: case FieldKind::ref: return scalar(label, v.value, key);
        case FieldKind::markdown: return text(label, v.text ? *v.text : Text{}, key);
        case FieldKind::refs: return list(label, ids(v.refs), key);
        case FieldKind::strings: return list(label, v.strings, key);
        case FieldKind::number: return scalar(label, v.number ? std::to_string(*v.number) : "", key);
        case FieldKind::flag: return scalar(label, v.flag ? (*v.flag ? "jā" : "nē") : "", key);
        case FieldKind::date: return date(label, v.date, key);
        case FieldKind::schedule: return v.schedule ? schedule(*v.schedule) : *this;
    }
    return *this;
}

}  // namespace pvpp
