// The parts of an .xlsx read within bounds: libzip for the archive, expat for the XML.
#include "util/xlsx_parts.h"

#include <memory>

#include "util/message.h"

namespace pvpp {
namespace {

// Element and attribute names arrive as "namespace\x01local"; the local part is enough
// for the few names a workbook's parts use.
constexpr char k_ns_separator = '\x01';

}  // namespace

std::string megabytes(std::size_t bytes) { return std::to_string(bytes >> 20) + " MB"; }

std::string_view xml_local_name(const XML_Char* name) {
    std::string_view n(name);
    auto sep = n.rfind(k_ns_separator);
    return sep == std::string_view::npos ? n : n.substr(sep + 1);
}

std::string xml_attribute(const XML_Char** attrs, std::string_view local) {
    for (int i = 0; attrs[i]; i += 2) {
        if (xml_local_name(attrs[i]) == local) { return attrs[i + 1]; }
    }
    return "";
}

void XmlPart::start(void* self, const XML_Char* name, const XML_Char** attrs) {
    auto* p = static_cast<XmlPart*>(self);
    p->on_start(xml_local_name(name), attrs);
    if (!p->error.empty()) { XML_StopParser(p->m_parser, XML_FALSE); }
}

void XmlPart::end(void* self, const XML_Char* name) {
    auto* p = static_cast<XmlPart*>(self);
    p->on_end(xml_local_name(name));
    if (!p->error.empty()) { XML_StopParser(p->m_parser, XML_FALSE); }
}

void XmlPart::text(void* self, const XML_Char* s, int len) {
    static_cast<XmlPart*>(self)->on_text(std::string_view(s, static_cast<std::size_t>(len)));
}

// A workbook part never has a DTD; one is refused before any entity it declares is used.
void XmlPart::doctype(void* self, const XML_Char*, const XML_Char*, const XML_Char*, int) {
    auto* p = static_cast<XmlPart*>(self);
    p->error = _("{1} has a DTD (<!DOCTYPE …>), which workbooks never have; refused");
    XML_StopParser(p->m_parser, XML_FALSE);
}

std::string XmlPart::parse(const std::string& part, const std::string& bytes) {
    std::unique_ptr<std::remove_pointer_t<XML_Parser>, void (*)(XML_Parser)> parser(
        XML_ParserCreateNS("UTF-8", k_ns_separator), XML_ParserFree);
    if (!parser) { return _("cannot create an XML parser"); }
    m_parser = parser.get();
    XML_SetUserData(m_parser, this);
    XML_SetElementHandler(m_parser, start, end);
    XML_SetCharacterDataHandler(m_parser, text);
    XML_SetStartDoctypeDeclHandler(m_parser, doctype);
    XML_SetParamEntityParsing(m_parser, XML_PARAM_ENTITY_PARSING_NEVER);
    XML_Status status = XML_Parse(m_parser, bytes.data(), static_cast<int>(bytes.size()), XML_TRUE);
    // A handler's error names the part as {1}: it is said here, where the part is known.
    if (!error.empty()) { return fill(error, {part}); }
    if (status != XML_STATUS_OK) {
        return fill(
            _("{1} is not well-formed XML ({2}, line {3})"),
            {part, XML_ErrorString(XML_GetErrorCode(m_parser)), std::to_string(XML_GetCurrentLineNumber(m_parser))});
    }
    return "";
}

XlsxArchive::XlsxArchive(const std::string& bytes, const XlsxLimits& limits) : m_limits(limits) {
    zip_error_t err;
    zip_error_init(&err);
    zip_source_t* src = zip_source_buffer_create(bytes.data(), bytes.size(), 0, &err);
    if (src) {
        m_zip = zip_open_from_source(src, ZIP_RDONLY | ZIP_CHECKCONS, &err);
        if (!m_zip) { zip_source_free(src); }
    }
    if (!m_zip) {
        error = fill(_("the file is damaged ({1}): it was cut short or broken; ask for it again"),
                     {zip_error_strerror(&err)});
    }
    zip_error_fini(&err);
}

bool XlsxArchive::read(const std::string& name, std::string& out) {
    zip_file_t* f = zip_fopen(m_zip, name.c_str(), 0);
    if (!f) {
        int code = zip_error_code_zip(zip_get_error(m_zip));
        error = code == ZIP_ER_NOPASSWD || code == ZIP_ER_WRONGPASSWD
                    ? _("the workbook is password-protected; save it without a password")
                    : fill(_("the file is damaged: {1}: {2}"), {name, zip_strerror(m_zip)});
        return false;
    }
    out.clear();
    char chunk[65536];
    zip_int64_t n = 0;
    // The header's size is not trusted: reading stops one chunk past the cap.
    while ((n = zip_fread(f, chunk, sizeof chunk)) > 0) {
        out.append(chunk, static_cast<std::size_t>(n));
        if (out.size() > m_limits.max_part_bytes || m_total + out.size() > m_limits.max_total_bytes) { break; }
    }
    if (n < 0) { error = fill(_("the file is damaged: {1}: {2}"), {name, zip_file_strerror(f)}); }
    zip_fclose(f);
    if (n < 0) { return false; }
    if (out.size() > m_limits.max_part_bytes || m_total + out.size() > m_limits.max_total_bytes) {
        error = fill(_("{1} unpacks to more than {2} (a workbook this size is not a self-assessment; refused)"),
                     {name, megabytes(std::min(m_limits.max_part_bytes, m_limits.max_total_bytes))});
        return false;
    }
    m_total += out.size();
    return true;
}

}  // namespace pvpp
