#include "render/common/pdf_links.h"

namespace pvpp {

std::size_t pdf_string_end(const std::string& pdf, std::size_t at) {
    for (std::size_t i = at; i < pdf.size(); ++i) {
        if (pdf[i] == '\\') {
            ++i;
        } else if (pdf[i] == ')') {
            return i;
        }
    }
    return std::string::npos;
}

std::string with_pdf_links_moved(std::string pdf, const std::string& from, const std::string& to) {
    if (to.size() > from.size()) { return pdf; }
    std::string prefix = "(" + from;
    for (std::size_t at = pdf.find(prefix); at != std::string::npos; at = pdf.find(prefix, at + 1)) {
        std::size_t close = pdf_string_end(pdf, at + 1);
        if (close == std::string::npos) { break; }
        std::string value = "(" + to + pdf.substr(at + prefix.size(), close - at - prefix.size()) + ")";
        value.append(close + 1 - at - value.size(), ' ');
        pdf.replace(at, value.size(), value);
    }
    return pdf;
}

}  // namespace pvpp
