// The policy is an allow-list for addresses (a scheme nobody thought of is refused) and
// a deny-list only for naming what raw HTML would have done: all raw HTML is refused.
#include "util/html_policy.h"

#include <cstdio>

#include "util/lower_case.h"
#include "util/message.h"

namespace pvpp {
namespace {

bool is_alpha(char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); }
bool is_digit(char c) { return c >= '0' && c <= '9'; }
bool is_space(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f'; }
char lower(char c) { return c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : c; }

// "U+0009" for the first control character in url, or "" when it has none.
std::string control_character(std::string_view url) {
    for (char c : url) {
        auto u = static_cast<unsigned char>(c);
        if (u < 0x20 || u == 0x7F) {
            char name[8];
            std::snprintf(name, sizeof name, "U+%04X", u);
            return name;
        }
    }
    return "";
}

// "//host/…" (or "\\host", which browsers read alike) leaves the site without a scheme.
bool names_other_host(std::string_view url) {
    std::size_t i = 0;
    while (i < url.size() && static_cast<unsigned char>(url[i]) <= 0x20) { ++i; }
    auto slash = [&](std::size_t k) { return k < url.size() && (url[k] == '/' || url[k] == '\\'); };
    return slash(i) && slash(i + 1);
}

// Elements that run code, embed other documents or restyle the page, and what they would do.
struct DangerousElement {
    const char* name;
    const char* effect;
};
constexpr DangerousElement k_dangerous[] = {{"script", N_("<{1}> would run a script")},
                                            {"iframe", N_("<{1}> would embed content from elsewhere")},
                                            {"object", N_("<{1}> would embed content from elsewhere")},
                                            {"embed", N_("<{1}> would embed content from elsewhere")},
                                            {"style", N_("<{1}> would restyle the page")}};

std::string refused(const std::string& why) { return fill(_("raw HTML is not allowed in Markdown: {1}"), {why}); }

std::string element_problem(const std::string& name) {
    for (const auto& d : k_dangerous) {
        if (name == d.name) { return refused(fill(_(d.effect), {name})); }
    }
    return "";
}

std::string attribute_problem(const std::string& name, std::string_view value) {
    if (name.size() > 2 && name.compare(0, 2, "on") == 0) {
        return refused(fill(_("the event handler '{1}' would run a script"), {name}));
    }
    std::string scheme = url_scheme(value);
    if (scheme == "javascript" || scheme == "vbscript" || scheme == "data") {
        return refused(fill(_("a '{1}:' address could run a script"), {scheme}));
    }
    return "";
}

// Reads one attribute value (quoted or not) from html[i]; i ends after it.
std::string_view attribute_value(std::string_view html, std::size_t& i) {
    if (i < html.size() && (html[i] == '"' || html[i] == '\'')) {
        std::size_t close = html.find(html[i], i + 1);
        std::size_t end = close == std::string_view::npos ? html.size() : close;
        std::string_view value = html.substr(i + 1, end - i - 1);
        i = end + 1;
        return value;
    }
    std::size_t start = i;
    while (i < html.size() && !is_space(html[i]) && html[i] != '>') { ++i; }
    return html.substr(start, i - start);
}

// Scans the attributes of a start tag from html[i] to its '>'; the first problem wins.
RawHtmlFinding attributes_finding(std::string_view html, std::size_t i) {
    while (i < html.size() && html[i] != '>') {
        if (is_space(html[i]) || html[i] == '/') {
            ++i;
            continue;
        }
        std::size_t at = i;
        while (i < html.size() && !is_space(html[i]) && html[i] != '/' && html[i] != '>' && html[i] != '=') { ++i; }
        std::string name = lower_latvian(html.substr(at, i - at));
        std::string_view value;
        while (i < html.size() && is_space(html[i])) { ++i; }
        if (i < html.size() && html[i] == '=') {
            ++i;
            while (i < html.size() && is_space(html[i])) { ++i; }
            value = attribute_value(html, i);
        }
        if (std::string p = attribute_problem(name, value); !p.empty()) { return {at, p}; }
        if (i == at) { ++i; }  // a stray '=' names nothing
    }
    return {};
}

// The first problem in the start tag at html[lt] ('<'), if any.
RawHtmlFinding start_tag_finding(std::string_view html, std::size_t lt) {
    std::size_t i = lt + 1;
    while (i < html.size() && (is_alpha(html[i]) || is_digit(html[i]) || html[i] == '-')) { ++i; }
    if (std::string p = element_problem(lower_latvian(html.substr(lt + 1, i - lt - 1))); !p.empty()) { return {lt, p}; }
    return attributes_finding(html, i);
}

}  // namespace

std::string url_scheme(std::string_view url) {
    std::size_t i = 0;
    while (i < url.size() && static_cast<unsigned char>(url[i]) <= 0x20) { ++i; }
    std::string scheme;
    for (; i < url.size(); ++i) {
        char c = url[i];
        if (c == '\t' || c == '\n' || c == '\r') { continue; }
        if (c == ':') { return scheme; }
        bool allowed = is_alpha(c) || (!scheme.empty() && (is_digit(c) || c == '+' || c == '-' || c == '.'));
        if (!allowed) { return ""; }
        scheme += lower(c);
    }
    return "";
}

std::string link_url_problem(std::string_view url) {
    std::string scheme = url_scheme(url);
    if (!scheme.empty() && scheme != "http" && scheme != "https" && scheme != "mailto") {
        return fill(_("links to '{1}:' addresses are not allowed (use http:, https:, mailto: or a page of this site)"),
                    {scheme});
    }
    if (std::string c = control_character(url); !c.empty()) {
        return fill(_("the link address contains the control character {1} (write the address without it)"), {c});
    }
    return "";
}

std::string image_url_problem(std::string_view url) {
    std::string scheme = url_scheme(url);
    if (!scheme.empty()) {
        return fill(_("images from '{1}:' addresses are not allowed (only images of this site can be shown)"),
                    {scheme});
    }
    if (names_other_host(url)) {
        return _("images from another site are not allowed (only images of this site can be shown)");
    }
    if (std::string c = control_character(url); !c.empty()) {
        return fill(_("the image address contains the control character {1} (write the address without it)"), {c});
    }
    return "";
}

RawHtmlFinding raw_html_finding(std::string_view html) {
    for (std::size_t lt = html.find('<'); lt != std::string_view::npos; lt = html.find('<', lt + 1)) {
        if (lt + 1 >= html.size() || !is_alpha(html[lt + 1])) { continue; }
        RawHtmlFinding f = start_tag_finding(html, lt);
        if (!f.message.empty()) { return f; }
    }
    return {0, _("raw HTML is not allowed in Markdown (write Markdown instead)")};
}

}  // namespace pvpp
