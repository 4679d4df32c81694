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

std::vector<std::string> ids(const std::vector<Ref>* refs) {
    std::vector<std::string> out;
    if (refs) {
        for (const auto& r : *refs) { out.push_back(r.id); }
    }
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

RecordBuilder& RecordBuilder::number(const std::string& label, std::optional<std::int64_t> value, const char* unit) {
    return scalar(label, value ? std::to_string(*value) + unit : "");
}

RecordBuilder& RecordBuilder::date(const std::string& label, const std::optional<Date>& value) {
    return scalar(label, value ? format_date(*value) : "");
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
    return list(label, ids(&refs));
}

// A descriptor's field under its own key, labelled as pages label it but in lower case.
RecordBuilder& RecordBuilder::field(const FieldInfo& f, const FieldValue& v) {
    std::string label = lower_latvian(f.label);
    switch (f.type) {
        case FieldKind::text: case FieldKind::ref: return keyed_scalar(f.key, label, v.value);
        case FieldKind::markdown: return keyed_text(f.key, label, v.text ? *v.text : Text{});
        case FieldKind::refs: add(f.key, label, FieldType::list).items = ids(v.refs); break;
        case FieldKind::strings: add(f.key, label, FieldType::list).items = v.strings; break;
        case FieldKind::number: return keyed_scalar(f.key, label, v.number ? std::to_string(*v.number) : "");
        case FieldKind::flag: return keyed_scalar(f.key, label, v.flag ? (*v.flag ? "jā" : "nē") : "");
        case FieldKind::date: return date(label, v.date);
        case FieldKind::schedule: return v.schedule ? schedule(*v.schedule) : *this;
    }
    return *this;
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
