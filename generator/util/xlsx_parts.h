// The parts of an .xlsx, read so that a hostile file cannot hurt: the archive through libzip
// (from memory, every part's unpacked size capped while it is read, whatever its header
// claims), each XML part through expat with namespaces resolved and any DTD refused, so no
// entity is ever expanded. What the parts mean is util/xlsx_file's.
#pragma once
#include <expat.h>
#include <zip.h>

#include <cstddef>
#include <functional>
#include <string>
#include <string_view>

namespace pvpp {

/// Bounds on what a workbook may unpack to.
struct XlsxLimits {
    std::size_t max_file_bytes = 64u << 20;   ///< the .xlsx itself
    std::size_t max_part_bytes = 32u << 20;   ///< one part unpacked
    std::size_t max_total_bytes = 96u << 20;  ///< all parts read, unpacked
    std::size_t max_cells = 100000;           ///< per sheet
};

/// A size in whole megabytes, for messages: "64 MB".
std::string megabytes(std::size_t bytes);

/// An element's or attribute's local name ("namespace\x01local" → "local").
std::string_view xml_local_name(const XML_Char* name);

/// The value of the attribute with that local name, or "".
std::string xml_attribute(const XML_Char** attrs, std::string_view local);

/// One streaming parse of a part: callbacks for elements and text, an error on a DTD.
class XmlPart {
   public:
    std::function<void(std::string_view, const XML_Char**)> on_start = [](std::string_view, const XML_Char**) {};
    std::function<void(std::string_view)> on_end = [](std::string_view) {};
    std::function<void(std::string_view)> on_text = [](std::string_view) {};
    std::string error;  ///< set by a callback to stop the parse

    /// Parses the part's bytes; "" or why it failed.
    std::string parse(const std::string& part, const std::string& bytes);

   private:
    static void start(void* self, const XML_Char* name, const XML_Char** attrs);
    static void end(void* self, const XML_Char* name);
    static void text(void* self, const XML_Char* s, int len);
    static void doctype(void* self, const XML_Char*, const XML_Char*, const XML_Char*, int);
    XML_Parser m_parser = nullptr;
};

/// The archive, opened from memory, and the parts read from it within the limits.
class XlsxArchive {
   public:
    XlsxArchive(const std::string& bytes, const XlsxLimits& limits);
    ~XlsxArchive() {
        if (m_zip) { zip_discard(m_zip); }
    }
    XlsxArchive(const XlsxArchive&) = delete;
    XlsxArchive& operator=(const XlsxArchive&) = delete;

    bool is_open() const { return m_zip != nullptr; }
    bool has(const std::string& name) const { return m_zip && zip_name_locate(m_zip, name.c_str(), 0) >= 0; }
    /// The part's unpacked bytes; false with `error` set when it cannot be read.
    bool read(const std::string& name, std::string& out);
    std::string error;

   private:
    zip_t* m_zip = nullptr;
    const XlsxLimits& m_limits;
    std::size_t m_total = 0;
};

}  // namespace pvpp
