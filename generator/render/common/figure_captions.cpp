#include "render/common/figure_captions.h"

#include <regex>

namespace pvpp {

std::string without_orphan_captions(const std::string& html) {
    // "1.1.–1. attēls.", "3.1.–1.attēls.": the source's numbering, an en dash or hyphen, "attēls".
    // The caption may hold term links, never a picture or the end of its paragraph.
    static const std::regex k_caption(
        R"(<p><em>[0-9.]+\s*(–|-)\s*[0-9]+\.\s*attēls\.(?:(?!</p>|<img)[\s\S])*</em></p>\n?)");
    if (html.find("attēls") == std::string::npos) { return html; }
    return std::regex_replace(html, k_caption, "");
}

}  // namespace pvpp
