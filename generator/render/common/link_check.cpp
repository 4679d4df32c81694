#include "render/common/link_check.h"

#include <algorithm>
#include <cstring>
#include <deque>
#include <unordered_map>
#include <unordered_set>

#include "model/text.h"
#include "render/common/hand_links.h"
#include "util/message.h"
#include "util/parallel.h"
#include "util/text.h"

namespace pvpp {
namespace {

std::string decode_entities(std::string s) {
    for (std::size_t at; (at = s.find("&amp;")) != std::string::npos;) { s.replace(at, 5, "&"); }
    return s;
}

// Calls visit(offset, raw value) for every name="…" of html, without copying the values.
// It hops from '=' to '=' (rare in text, unlike the spaces a search for " name=" stops at).
template <class Visit>
void for_each_attribute(std::string_view html, std::string_view name, const Visit& visit) {
    const char* data = html.data();
    std::size_t size = html.size();
    for (std::size_t at = name.size() + 1; at + 1 < size;) {
        const void* hit = std::memchr(data + at, '=', size - at - 1);
        if (!hit) { break; }
        at = static_cast<std::size_t>(static_cast<const char*>(hit) - data);
        std::size_t start = at - name.size();
        bool named = data[at + 1] == '"' && data[start - 1] == ' ' && html.substr(start, name.size()) == name;
        if (!named) {
            ++at;
            continue;
        }
        std::size_t begin = at + 2;
        const void* quote = std::memchr(data + begin, '"', size - begin);
        if (!quote) { break; }
        std::size_t end = static_cast<std::size_t>(static_cast<const char*>(quote) - data);
        visit(begin, html.substr(begin, end - begin));
        at = end + 1;
    }
}

bool is_external(std::string_view href) {
    std::size_t colon = href.find(':');
    std::size_t slash = href.find('/');
    return colon != std::string_view::npos && (slash == std::string_view::npos || colon < slash);
}

// True when every segment of a relative path is a plain name (the last may be empty):
// no ".", "..", or empty segment to resolve.
bool plain_segments(std::string_view path) {
    std::vector<std::string_view> segs = split(path, '/');
    for (std::size_t i = 0; i < segs.size(); ++i) {
        if (segs[i] == "." || segs[i] == ".." || (segs[i].empty() && i + 1 < segs.size())) { return false; }
    }
    return true;
}

// Resolves a relative href against the folder of the page that holds it; "" if it climbs
// above the root.
std::string resolve_general(std::string_view page, std::string_view href) {
    std::size_t cut = page.rfind('/');
    std::string joined(page.substr(0, cut == std::string_view::npos ? 0 : cut + 1));
    joined += href;
    std::string out;
    if (!fold_dots(joined, out)) { return ""; }
    if (out.empty() || out.back() == '/') { out += "index.html"; }
    return out;
}

// The links a page makes are nearly all "../" a few times, then plain names: those are
// resolved by trimming the page's folder, without splitting anything.
std::string resolve(std::string_view page, std::string_view href) {
    std::string_view rest = href;
    std::size_t ups = 0;
    while (rest.starts_with("../")) {
        rest.remove_prefix(3);
        ++ups;
    }
    if (!plain_segments(rest)) { return resolve_general(page, href); }
    std::size_t cut = page.rfind('/');
    std::string_view base = page.substr(0, cut == std::string_view::npos ? 0 : cut + 1);
    for (; ups > 0; --ups) {
        if (base.empty()) { return ""; }
        std::size_t up = base.rfind('/', base.size() - 2);
        base = base.substr(0, up == std::string_view::npos ? 0 : up + 1);
    }
    std::string out;
    out.reserve(base.size() + rest.size() + 10);
    out.append(base).append(rest);
    if (out.empty() || out.back() == '/') { out += "index.html"; }
    return out;
}

struct LinkChecker {
    const SiteIds& table;
    const std::string& folder;
    const std::vector<std::string>& outside;

    // Seen from the output root, a link out of this folder may name another renderer's file.
    bool names_outside_file(const OutputFile& f, std::string_view path) const {
        std::string from_root = resolve(folder + "/" + f.path, path);
        return std::find(outside.begin(), outside.end(), from_root) != outside.end();
    }

    void check(const OutputFile& f, std::size_t offset, std::string_view href, Diagnostics& diags) const {
        if (href.empty() || is_external(href)) { return; }
        std::size_t hash = href.find('#');
        std::string_view path = href.substr(0, hash);
        std::string_view anchor = hash == std::string_view::npos ? "" : href.substr(hash + 1);
        std::string target = path.empty() ? f.path : resolve(f.path, path);
        if (!path.empty() && target.empty() && names_outside_file(f, path)) { return; }
        auto it = table.ids.find(target);
        if (it == table.ids.end()) {
            report(f, offset, fill(_("broken link '{1}': no page {2}"), {std::string(href), target}), diags);
        } else if (!anchor.empty() && anchor.find('=') == std::string_view::npos && !it->second.count(anchor)) {
            // A fragment with '=' is state for a page's script (#loma=…), not an element id.
            report(f, offset,
                   fill(_("broken link '{1}': no id '{2}' in {3}"), {std::string(href), std::string(anchor), target}),
                   diags);
        }
    }

    void report(const OutputFile& f, std::size_t offset, std::string message, Diagnostics& diags) const {
        // A written page's text from its first line and column: locate_in_text counts lines and characters.
        diags.error(locate_in_text({f.bytes, {folder + "/" + f.path, 1, 1}, {}}, offset), std::move(message));
    }
};

}  // namespace

SiteIds::SiteIds(const std::vector<OutputFile>& files) {
    ids.reserve(files.size());
    for (const auto& f : files) {
        auto& set = ids[f.path];
        if (!f.path.ends_with(".html")) { continue; }
        for_each_attribute(f.bytes, "id", [&](std::size_t, std::string_view id) {
            if (id.find('&') != std::string_view::npos) { id = decoded.emplace_back(decode_entities(std::string(id))); }
            set.insert(id);
        });
    }
}

bool SiteIds::has_file(std::string_view path) const { return ids.count(path) > 0; }

bool SiteIds::has_id(std::string_view path, std::string_view id) const {
    auto it = ids.find(path);
    return it != ids.end() && it->second.count(id) > 0;
}

std::vector<std::pair<std::size_t, std::string>> attribute_values(const std::string& html, const std::string& name) {
    std::vector<std::pair<std::size_t, std::string>> out;
    for_each_attribute(html, name, [&](std::size_t offset, std::string_view value) {
        out.emplace_back(offset, decode_entities(std::string(value)));
    });
    return out;
}

// Files are checked on every core, each into its own findings, joined in file order.
void check_links(const std::vector<OutputFile>& files, const std::string& folder, Diagnostics& diags,
                 const std::vector<std::string>& outside) {
    SiteIds table(files);
    LinkChecker checker{table, folder, outside};
    auto found = parallel_map<Diagnostics>(files.size(), [&](std::size_t i) {
        Diagnostics d;
        const OutputFile& f = files[i];
        if (!f.path.ends_with(".html")) { return d; }
        for_each_attribute(f.bytes, "href", [&](std::size_t offset, std::string_view raw) {
            if (raw.find('&') == std::string_view::npos) {
                checker.check(f, offset, raw, d);
            } else {
                checker.check(f, offset, decode_entities(std::string(raw)), d);
            }
        });
        return d;
    });
    for (auto& d : found) { diags.append(std::move(d)); }
}

}  // namespace pvpp
