#include "render/common/hand_link_check.h"

#include <set>
#include <tuple>
#include <vector>

#include "model/visit.h"
#include "util/html_policy.h"
#include "util/markdown_parser.h"
#include "util/message.h"
#include "util/parallel.h"

namespace pvpp {
namespace {

// A text without '[' … ']', '<' or a bare address has no link to check (most have none).
bool may_link(const std::string& markdown) {
    return markdown.find(']') != std::string::npos || markdown.find('<') != std::string::npos ||
           markdown.find("www.") != std::string::npos || markdown.find("://") != std::string::npos;
}

// What is wrong with a place of this site (a page's folder or a file, and an anchor on it),
// "" when the site has it.
std::string target_problem(const SiteIds& site, const std::string& url, const std::string& target, bool page,
                           const std::string& anchor) {
    std::string file = target + (page ? "index.html" : "");
    std::string shown = target.empty() ? "/" : target;
    if (!site.has_file(file)) { return fill(_("broken link '{1}': the site has no page {2}"), {url, shown}); }
    // A fragment with '=' is state for a page's script (#loma=…), not an element id.
    if (!anchor.empty() && anchor.find('=') == std::string::npos && !site.has_id(file, anchor)) {
        return fill(_("broken link '{1}': the page {2} has no anchor '{3}'"), {url, shown, anchor});
    }
    return "";
}

// What is wrong with one written address as links read it, "" when it leads somewhere the site has.
std::string problem(const HandLinks& links, const SiteIds& site, const HandLink& link, const std::string& url,
                    bool image) {
    if (link.kind == HandLink::Kind::refused) { return link.problem; }
    if (link.kind == HandLink::Kind::outside) { return ""; }
    SiteTarget t = links.target(link);
    std::string file = t.folder + (link.is_page() ? "index.html" : "");
    if (image && !site.has_file(file)) {
        return fill(_("missing image '{1}': content/images/ has no file '{2}'"),
                    {url, file.substr(std::string_view(k_site_image_folder).size() + 1)});
    }
    return target_problem(site, url, t.folder, link.is_page(), t.anchor);
}

Diagnostics check_text(const HandLinks& links, const SiteIds& site, const Text& text) {
    Diagnostics found;
    // A text whose page the edition does not make (the editor's guide in the public one) is
    // checked by the edition that shows it.
    std::string home = links.home_of(text);
    if (!may_link(text.markdown) || (!home.empty() && !site.has_file(home + "index.html"))) { return found; }
    CmarkDocument doc = parse_markdown(text.markdown);
    for_each_node(doc.get(), [&](cmark_node* node) {
        auto type = cmark_node_get_type(node);
        if (type != CMARK_NODE_LINK && type != CMARK_NODE_IMAGE) { return; }
        const char* url = cmark_node_get_url(node);
        std::string written = url ? url : "";
        SourceLoc at = locate_in_text(text, markdown_link_offset(text.markdown, node));
        HandLink read = links.read(text, written, type == CMARK_NODE_IMAGE);
        std::string why = problem(links, site, read, written, type == CMARK_NODE_IMAGE);
        if (!why.empty()) { found.error(at, why); }
        if (read.kind == HandLink::Kind::outside && !read.problem.empty()) { found.warning(at, read.problem); }
    });
    return found;
}

// What is wrong with a link of a content folder's page in folder, "" when the site has its target.
std::string folder_link_problem(const std::string& folder, const SiteIds& site, const std::string& url) {
    if (!url_scheme(url).empty() || url.starts_with("//")) { return ""; }
    std::size_t hash = url.find('#');
    std::string path = url.substr(0, hash);
    std::string anchor = hash == std::string::npos ? "" : url.substr(hash + 1);
    std::string target = folder;
    if (!path.empty() && !fold_site_path(path.front() == '/' ? path.substr(1) : folder + path, target)) {
        return fill(_("the link '{1}' leads out of the site"), {url});
    }
    return target_problem(site, url, target, target.empty() || target.back() == '/', anchor);
}

}  // namespace

std::vector<WrittenLink> written_links(const Text& text, cmark_node* doc) {
    std::vector<WrittenLink> links;
    if (!may_link(text.markdown)) { return links; }
    for_each_node(doc, [&](cmark_node* node) {
        if (cmark_node_get_type(node) != CMARK_NODE_LINK) { return; }
        const char* url = cmark_node_get_url(node);
        links.push_back({url ? url : "", locate_in_text(text, markdown_link_offset(text.markdown, node))});
    });
    return links;
}

bool check_folder_links(const std::vector<WrittenLink>& links, const std::string& folder, const SiteIds& site,
                        Diagnostics& diags) {
    bool found = false;
    for (const auto& link : links) {
        std::string why = folder_link_problem(folder, site, link.url);
        if (!why.empty()) { diags.error(link.loc, why); }
        found = found || !why.empty();
    }
    return found;
}

void check_hand_links(const Corpus& corpus, const HandLinks& links, const SiteIds& site, Diagnostics& diags) {
    std::vector<const Text*> texts;
    std::set<std::tuple<std::string, int, int>> seen;  // a text two records list is checked once
    visit_texts(corpus, [&](const EntityKey&, const Text& text) {
        if (seen.insert({text.loc.file, text.loc.line, text.loc.column}).second) { texts.push_back(&text); }
    });
    auto found =
        parallel_map<Diagnostics>(texts.size(), [&](std::size_t i) { return check_text(links, site, *texts[i]); });
    for (auto& d : found) { diags.append(std::move(d)); }
}

}  // namespace pvpp
