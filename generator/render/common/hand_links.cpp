#include "render/common/hand_links.h"

#include <vector>

#include "model/visit.h"
#include "render/common/live_places.h"
#include "render/common/urls.h"
#include "util/html_policy.h"
#include "util/message.h"
#include "util/text.h"

namespace pvpp {
namespace {

// "https://www.varam.gov.lv/lv/x" → "varam.gov.lv/lv/x": the scheme and "www." do not matter.
std::string_view without_scheme(std::string_view url) {
    for (std::string_view scheme : {"https://", "http://"}) {
        if (url.substr(0, scheme.size()) == scheme) { url.remove_prefix(scheme.size()); }
    }
    if (url.substr(0, 4) == "www.") { url.remove_prefix(4); }
    return url;
}

int hex_value(char c) {
    if (c >= '0' && c <= '9') { return c - '0'; }
    if (c >= 'a' && c <= 'f') { return c - 'a' + 10; }
    if (c >= 'A' && c <= 'F') { return c - 'A' + 10; }
    return -1;
}

// cmark-gfm percent-encodes an address ("shēma.png" → "sh%C4%93ma.png"); files and folders
// are named by their letters.
std::string percent_decoded(std::string_view text) {
    std::string out;
    for (std::size_t i = 0; i < text.size(); ++i) {
        int high = i + 2 < text.size() && text[i] == '%' ? hex_value(text[i + 1]) : -1;
        int low = high >= 0 ? hex_value(text[i + 2]) : -1;
        if (low >= 0) {
            out += static_cast<char>(high * 16 + low);
            i += 2;
        } else {
            out += text[i];
        }
    }
    return out;
}

}  // namespace

// A capability's page is at its live slug or under spejas/ or resursi/, a page's at its slug;
// every other kind's in its descriptor's folder (url::of).
std::string record_folder(const Corpus& corpus, const EntityKey& key) {
    if (key.kind == EntityKind::page || key.kind == EntityKind::live_page) { return url::page(key.id); }
    if (key.kind != EntityKind::capability) { return url::of(key.kind, key.id); }
    for (const auto& c : corpus.capabilities) {
        if (c.code == key.id) { return url::capability(c); }
    }
    return "";
}

// Segments are views into path: no string per segment (the link check folds many paths).
bool fold_dots(std::string_view path, std::string& out) {
    std::vector<std::string_view> segs = split(path, '/');
    std::vector<std::string_view> parts;
    for (std::size_t i = 0; i < segs.size(); ++i) {
        if (segs[i] == "..") {
            if (parts.empty()) { return false; }
            parts.pop_back();
        } else if (segs[i] != "." && !(segs[i].empty() && i + 1 < segs.size())) {
            parts.push_back(segs[i]);
        }
    }
    out.clear();
    for (std::size_t i = 0; i < parts.size(); ++i) { out.append(i ? "/" : "").append(parts[i]); }
    return true;
}

bool fold_site_path(std::string_view joined, std::string& out) {
    if (!fold_dots(joined, out)) { return false; }
    if (!out.empty() && out.back() != '/') {
        // "…/index.html" is the folder's page; a last part without a dot is a folder.
        if (out == "index.html" || out.ends_with("/index.html")) {
            out.resize(out.size() - std::string_view("index.html").size());
        } else if (out.find('.', out.rfind('/') + 1) == std::string::npos) {
            out += '/';
        }
    }
    return true;
}

HandLinks::HandLinks(const Corpus& corpus, const MovedPages& moved) : m_corpus(corpus), m_moved(moved) {
    visit_texts(corpus, [&](const EntityKey& owner, const Text& text) {
        m_homes.emplace(Key{text.loc.file, text.loc.line, text.loc.column}, record_folder(corpus, owner));
    });
    for (const auto& p : corpus.site.pages) { m_live_slugs.insert(p.slug); }
    for (const auto& p : corpus.pages) {
        if (is_live(p)) { m_live_slugs.insert(p.slug); }
    }
    for (const auto& c : corpus.capabilities) {
        if (is_live(c)) { m_live_slugs.insert(c.slug); }
    }
}

std::string HandLinks::home_of(const Text& text) const {
    auto it = m_homes.find(Key{text.loc.file, text.loc.line, text.loc.column});
    return it == m_homes.end() ? "" : it->second;
}

// The live site's address of a page the corpus publishes is that page of this site; any
// other page of the live site is another site's.
HandLink HandLinks::live_link(std::string_view url) const {
    std::string_view base = without_scheme(m_corpus.site.base_url);
    while (!base.empty() && base.back() == '/') { base.remove_suffix(1); }
    std::string_view rest = without_scheme(url);
    if (base.empty() || rest.substr(0, base.size()) != base || rest.substr(base.size(), 4) != "/lv/") { return {}; }
    rest.remove_prefix(base.size() + 4);
    std::size_t hash = rest.find('#');
    std::string_view path = rest.substr(0, hash);
    std::string_view anchor = hash == std::string_view::npos ? "" : rest.substr(hash + 1);
    std::string_view slug = path.substr(0, path.find('/'));
    std::string_view after = path.substr(slug.size());
    if (!m_live_slugs.count(std::string(slug))) { return live_doubt(url, slug); }
    if (!(after.empty() || after == "/" || after == "/index.html")) { return {}; }
    return {HandLink::Kind::site, url::page(std::string(slug)), percent_decoded(anchor), "", true};
}

// A page of the live site the corpus does not publish is not followed; one named much like a
// page it does is most likely that page misspelt.
HandLink HandLinks::live_doubt(std::string_view url, std::string_view slug) const {
    std::string guess = nearest(slug, std::vector<std::string>(m_live_slugs.begin(), m_live_slugs.end()));
    if (guess.empty()) { return {}; }
    HandLink link;
    link.problem = fill(_("the link '{1}' names no page the corpus publishes on the live site (did you mean {2}?)"),
                        {std::string(url), guess});
    return link;
}

HandLink HandLinks::site_path(std::string_view path, std::string_view anchor, const std::string& home,
                              bool image) const {
    std::string joined = path.front() == '/' ? percent_decoded(path.substr(1)) : home + percent_decoded(path);
    HandLink link{HandLink::Kind::site, "", percent_decoded(anchor), "", false};
    if (!fold_site_path(joined, link.path)) {
        const char* message =
            image ? _("the image '{1}' leads out of the site") : _("the link '{1}' leads out of the site");
        return {HandLink::Kind::refused, "", "", fill(message, {std::string(path)})};
    }
    return link;
}

HandLink HandLinks::read(const Text& text, std::string_view url, bool image) const {
    std::string scheme = url_scheme(url);
    if (!scheme.empty()) { return image ? HandLink{} : live_link(url); }
    if (url.substr(0, 2) == "//") { return {}; }
    std::size_t hash = url.find('#');
    std::string_view path = url.substr(0, hash);
    std::string_view anchor = hash == std::string_view::npos ? "" : url.substr(hash + 1);
    std::string home = home_of(text);
    if (path.empty()) { return {HandLink::Kind::site, home, percent_decoded(anchor), "", false}; }
    HandLink link = site_path(path, anchor, home, image);
    std::string folder = std::string(k_site_image_folder) + "/";
    if (image && link.kind == HandLink::Kind::site && (!link.path.starts_with(folder) || link.is_page())) {
        return {HandLink::Kind::refused, "", "",
                fill(_("the image '{1}' is not in content/images/: put the file there and write /images/<file name>"),
                     {std::string(url)})};
    }
    return link;
}

SiteTarget HandLinks::target(const HandLink& link) const {
    if (!link.is_page()) { return {link.path, link.anchor}; }
    SiteTarget t = resolve_target(m_moved, link.path);
    if (t.anchor.empty()) { t.anchor = link.anchor; }
    return t;
}

std::string HandLinks::on_site(const Text& text, std::string_view url, const std::string& page) const {
    HandLink link = read(text, url, false);
    if (link.kind != HandLink::Kind::site) { return std::string(url); }
    SiteTarget t = target(link);
    std::string anchor = t.anchor.empty() ? "" : "#" + t.anchor;
    if (t.folder.empty() && home_of(text).empty()) { return anchor; }             // "#x" in a text of no record's page
    // file:// opens no folder: a page's href names its index.html
    return url::root_prefix(page) + t.folder + (link.is_page() ? "index.html" : "") + anchor;
}

std::string HandLinks::beside_site(const Text& text, std::string_view url) const {
    HandLink link = read(text, url, false);
    if (link.kind != HandLink::Kind::site) { return std::string(url); }
    SiteTarget t = target(link);
    std::string anchor = t.anchor.empty() ? "" : "#" + t.anchor;
    return "../site/" + t.folder + (link.is_page() ? "index.html" : "") + anchor;
}

}  // namespace pvpp
