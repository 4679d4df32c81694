#include "render/common/template_error.h"

#include <iostream>
#include <mutex>
#include <sstream>

#include "util/message.h"

namespace pvpp {
namespace {

// What ctemplate writes to std::cerr while fn runs. Renderers load their themes side by
// side, so captures take turns: two interleaved swaps of cerr's buffer once left cerr
// pointing at a buffer that was gone, and the build crashed at its next message.
std::mutex g_cerr_capture;

template <typename Fn>
std::string captured_cerr(Fn fn) {
    std::lock_guard<std::mutex> one_capture_at_a_time(g_cerr_capture);
    std::ostringstream captured;
    std::streambuf* old = std::cerr.rdbuf(captured.rdbuf());
    fn();
    std::cerr.rdbuf(old);
    return captured.str();
}

// "" when text parses as a template, else ctemplate's complaint.
std::string parse_error(const std::string& text) {
    bool ok = true;
    std::string said = captured_cerr([&] {
        ctemplate::TemplateCache cache;
        ok = cache.StringToTemplateCache("probe", text, ctemplate::DO_NOT_STRIP);
    });
    return ok ? "" : (said.empty() ? "error" : said);
}

bool is_unclosed(const std::string& message) { return message.find("File ended before all") != std::string::npos; }

// "ERROR: Template /x/page.tpl: ERROR: Found end of …\nFound: A\nIn: B\n" → "Found end of …; Found: A; In: B".
std::string clean_message(const std::string& said) {
    std::size_t at = said.rfind("ERROR: ");
    std::string text = at == std::string::npos ? said : said.substr(at + 7);
    while (!text.empty() && text.back() == '\n') { text.pop_back(); }
    for (std::size_t nl; (nl = text.find('\n')) != std::string::npos;) { text.replace(nl, 1, "; "); }
    if (text.size() > 200) { text = text.substr(0, 200) + "…"; }
    return text.empty() ? "syntax error" : text;
}

}  // namespace

int template_error_line(const std::string& text) {
    std::vector<std::size_t> ends;  // the prefix of line L is text[0, ends[L-1])
    for (std::size_t i = 0; i < text.size(); ++i) {
        if (text[i] == '\n') { ends.push_back(i + 1); }
    }
    if (ends.empty() || ends.back() != text.size()) { ends.push_back(text.size()); }
    int lines = static_cast<int>(ends.size());
    if (!is_unclosed(parse_error(text))) {
        // Parsing stops at the first bad marker: the first prefix that fails for another reason than
        // a section still open at its end holds it in its last line.
        for (int l = 1; l <= lines; ++l) {
            std::string said = parse_error(text.substr(0, ends[l - 1]));
            if (!said.empty() && !is_unclosed(said)) { return l; }
        }
        return lines;
    }
    // A section never closed opens on the line after the last prefix that parses whole.
    for (int l = lines - 1; l >= 1; --l) {
        if (parse_error(text.substr(0, ends[l - 1])).empty()) { return l + 1; }
    }
    return 1;
}

bool load_template(ctemplate::TemplateCache& cache, const std::string& name, const std::string& text,
                   const std::string& shown, Diagnostics& diags) {
    bool ok = true;
    std::string said =
        captured_cerr([&] { ok = cache.StringToTemplateCache(name, text, ctemplate::DO_NOT_STRIP); });
    if (ok) { return true; }
    diags.remember_source(shown, text);
    diags.error({shown, template_error_line(text), 1}, fill(_("theme template: {1}"), {clean_message(said)}));
    return false;
}

}  // namespace pvpp
