// Links inside a PDF moved to another folder in place: the value keeps its byte length
// (padded with spaces after its closing parenthesis), so every object keeps its offset and
// the cross-reference table stays valid.
#pragma once
#include <cstddef>
#include <string>

namespace pvpp {

/// The end of the PDF literal string whose text starts at `at`: its unescaped ')', or npos.
std::size_t pdf_string_end(const std::string& pdf, std::size_t at);

/// The PDF with every literal string that starts with `from` ("../site/") starting with `to`
/// ("../../") instead; `to` must not be longer than `from` (else the PDF is returned as it is).
std::string with_pdf_links_moved(std::string pdf, const std::string& from, const std::string& to);

}  // namespace pvpp
