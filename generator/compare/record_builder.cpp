#include "compare/record_builder.h"

#include "util/message.h"
#include "util/text.h"

namespace pvpp {
namespace {

std::vector<std::string> non_empty(std::vector<std::string> slugs) {
    std::erase(slugs, std::string());
    return slugs;
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

RecordBuilder& RecordBuilder::parent(std::string id) {
    m_record.parent = std::move(id);
    return *this;
}

RecordBuilder& RecordBuilder::shown_on(std::vector<std::string> pages) {
    m_shown_on = non_empty(std::move(pages));
    return *this;
}

Field& RecordBuilder::add(const std::string& key, const std::string& label, FieldType type) {
    m_record.fields.push_back({key, label, type, {}, {}, m_shown_on});
    return m_record.fields.back();
}

RecordBuilder& RecordBuilder::scalar(const std::string& label, std::string value) {
    return keyed_scalar(label, label, std::move(value));
}

RecordBuilder& RecordBuilder::keyed_scalar(const std::string& key, const std::string& label, std::string value) {
    add(key, label, FieldType::scalar).value = std::move(value);
    return *this;
}

RecordBuilder& RecordBuilder::number(const std::string& label, std::optional<int> value, const char* unit) {
    return scalar(label, value ? std::to_string(*value) + unit : "");
}

RecordBuilder& RecordBuilder::date(const std::string& label, const std::optional<Date>& value) {
    return scalar(label, value ? format_date(*value) : "");
}

RecordBuilder& RecordBuilder::flag(const std::string& label, std::optional<bool> value) {
    return scalar(label, value ? (*value ? "jā" : "nē") : "");
}

RecordBuilder& RecordBuilder::text(const std::string& label, const Text& value) {
    return keyed_text(label, label, value);
}

RecordBuilder& RecordBuilder::keyed_text(const std::string& key, const std::string& label, const Text& value) {
    // White space around a Markdown text changes nothing a reader sees.
    add(key, label, FieldType::text).value = std::string(trim(value.markdown));
    return *this;
}

RecordBuilder& RecordBuilder::list(const std::string& label, std::vector<std::string> items) {
    add(label, label, FieldType::list).items = std::move(items);
    return *this;
}

RecordBuilder& RecordBuilder::refs(const std::string& label, const std::vector<Ref>& refs) {
    std::vector<std::string> ids;
    for (const auto& r : refs) { ids.push_back(r.id); }
    return list(label, std::move(ids));
}

RecordBuilder& RecordBuilder::schedule(const Schedule& s) {
    date("sākums", s.start);
    date("beigu termiņš", s.end);
    number("ilgums", s.duration_days, " d.");  // the units the site and the workbook show
    number("izpilde", s.done_percent, "%");
    std::string months = s.period_from && s.period_to ? format_month(*s.period_from) + "–" + format_month(*s.period_to) : "";
    return keyed_scalar("period", _("planned period"), months);
}

}  // namespace pvpp
