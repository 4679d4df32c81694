#include "render/common/link_check.h"

#include <algorithm>
#include <map>
#include <set>

namespace pvpp {
namespace {

std::string decode_entities(std::string s) {
    for (std::size_t at; (at = s.find("&amp;")) != std::string::npos;) { s.replace(at, 5, "&"); }
    return s;
}

bool is_external(const std::string& href) {
    std::size_t colon = href.find(':');
    std::size_t slash = href.find('/');
    return colon != std::string::npos && (slash == std::string::npos || colon < slash);
}

// Resolves a relative href against the folder of the page that holds it; "" if it climbs above the root.
std::string resolve(const std::string& page, const std::string& href) {
    std::vector<std::string> parts;
    std::string base = page.substr(0, page.rfind('/') == std::string::npos ? 0 : page.rfind('/') + 1);
    std::string joined = base + href;
    std::size_t start = 0;
    while (start <= joined.size()) {
        std::size_t slash = joined.find('/', start);
        std::string seg = joined.substr(start, slash == std::string::npos ? std::string::npos : slash - start);
        if (seg == "..") {
            if (parts.empty()) { return ""; }
            parts.pop_back();
        } else if (seg != "." && !(seg.empty() && slash != std::string::npos)) {
            parts.push_back(seg);
        }
        if (slash == std::string::npos) { break; }
        start = slash + 1;
    }
    std::string out;
    for (std::size_t i = 0; i < parts.size(); ++i) { out += (i ? "/" : "") + parts[i]; }
    if (out.empty() || out.back() == '/' || parts.back().empty()) { out += "index.html"; }
    return out;
}

SourceLoc loc_in(const std::string& file, const std::string& text, std::size_t offset) {
    int line = 1, column = 1;
    for (std::size_t i = 0; i < offset && i < text.size(); ++i) {
        if (text[i] == '\n') {
            ++line;
            column = 1;
        } else if ((static_cast<unsigned char>(text[i]) & 0xC0) != 0x80) {
            ++column;
        }
    }
    return SourceLoc{file, line, column};
}

}  // namespace

std::vector<std::pair<std::size_t, std::string>> attribute_values(const std::string& html, const std::string& name) {
    std::vector<std::pair<std::size_t, std::string>> out;
    std::string needle = " " + name + "=\"";
    for (std::size_t at = html.find(needle); at != std::string::npos; at = html.find(needle, at + 1)) {
        std::size_t begin = at + needle.size();
        std::size_t end = html.find('"', begin);
        if (end == std::string::npos) { break; }
        out.emplace_back(begin, decode_entities(html.substr(begin, end - begin)));
    }
    return out;
}

void check_links(const std::vector<OutputFile>& files, const std::string& folder, Diagnostics& diags,
                 const std::vector<std::string>& outside) {
    std::map<std::string, std::set<std::string>> ids;
    for (const auto& f : files) {
        auto& set = ids[f.path];
        if (f.path.ends_with(".html")) {
            for (auto& [offset, id] : attribute_values(f.bytes, "id")) { set.insert(id); }
        }
    }
    for (const auto& f : files) {
        if (!f.path.ends_with(".html")) { continue; }
        for (const auto& [offset, href] : attribute_values(f.bytes, "href")) {
            if (href.empty() || is_external(href)) { continue; }
            std::size_t hash = href.find('#');
            std::string path = href.substr(0, hash);
            std::string anchor = hash == std::string::npos ? "" : href.substr(hash + 1);
            // Seen from the output root, a link out of this folder may name another renderer's file.
            std::string from_root = resolve(folder + "/" + f.path, path);
            if (!path.empty() && resolve(f.path, path).empty() &&
                std::find(outside.begin(), outside.end(), from_root) != outside.end()) {
                continue;
            }
            std::string target = path.empty() ? f.path : resolve(f.path, path);
            auto it = ids.find(target);
            std::string where = folder + "/" + f.path;
            if (it == ids.end()) {
                diags.error(loc_in(where, f.bytes, offset), "broken link '" + href + "': no page " + target);
            } else if (!anchor.empty() && anchor.find('=') == std::string::npos && !it->second.count(anchor)) {
                // A fragment with '=' is state for a page's script (#loma=…), not an element id.
                diags.error(loc_in(where, f.bytes, offset), "broken link '" + href + "': no id '" + anchor + "' in " + target);
            }
        }
    }
}

}  // namespace pvpp
