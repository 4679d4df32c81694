#include "render/publish/fragment.h"

#include <algorithm>
#include <set>

#include "render/common/figure_captions.h"
#include "render/common/hand_links.h"
#include "render/common/markdown_html.h"
#include "render/common/text_links.h"
#include "render/publish/plain_markdown.h"
#include "util/text.h"

namespace pvpp {
namespace {

using Kind = ContentBlock::Kind;

struct PictureName {
    DiagramKind kind;
    const char* file;
};

// One file per kind of picture: a picture shown on two pages is the same file.
constexpr PictureName k_picture_files[] = {{DiagramKind::role_grid, "lomu-shema"},
                                           {DiagramKind::task_map, "uzdevumu-karte"},
                                           {DiagramKind::condition_wheel, "nosacijumu-grupas"}};

class FragmentWriter {
public:
    FragmentWriter(const FragmentContext& ctx, const PageContent& page) : m_ctx(ctx) {
        m_out.slug = page.slug;
        m_out.title = page.title;
        m_out.url = ctx.links.url(page.slug);
    }

    // A section that only lists pages the live site does not have is left out; one whose
    // record has nothing more than its title here keeps the title.
    void section(const ContentSection& s) {
        std::string id = s.heading.empty() ? "" : id_attr(s.id);  // before the items: the section's anchor wins
        std::string body;
        for (const auto& b : s.blocks) { body += block(b); }
        bool only_lists = std::all_of(s.blocks.begin(), s.blocks.end(),
                                      [](const ContentBlock& b) { return b.kind == Kind::list; });
        if (body.empty() && (only_lists || s.heading.empty())) { return; }
        if (!s.heading.empty()) { m_out.html += "<h2" + id + ">" + html_escape(s.heading) + "</h2>\n"; }
        m_out.html += body;
    }

    Fragment take() { return std::move(m_out); }

private:
    // An id is given once: the introduction's section "Pakalpojumu pārvaldība" and its term of
    // the same name share an anchor, and a link there means the section, which comes first.
    std::string id_attr(const std::string& id) {
        if (id.empty() || !m_ids.insert(id).second) { return ""; }
        return " id=\"" + html_escape(id) + "\"";
    }

    // In a heading a link to the page itself is dropped: the heading is that place.
    std::string runs(const Inline& text, bool in_heading) const {
        std::string html;
        for (const auto& r : text) {
            LivePlace place = m_ctx.links.place(r.target);
            if (place.empty() || (in_heading && place.slug == m_out.slug)) {
                html += html_escape(r.text);
            } else {
                html += "<a href=\"" + html_escape(m_ctx.links.url(place.slug, place.anchor)) + "\">" +
                        html_escape(r.text) + "</a>";
            }
        }
        return html;
    }

    std::string block(const ContentBlock& b) {
        switch (b.kind) {
            case Kind::heading:
                m_out.inferred += b.inferred ? 1 : 0;
                return "<h3" + id_attr(b.id) + ">" + runs(b.text, true) + (b.inferred ? " <em>(kods secināts)</em>" : "") +
                       "</h3>\n";
            case Kind::paragraph: return "<p>" + runs(b.text, false) + "</p>\n";
            case Kind::markdown: {
                std::string html = markdown(*b.markdown);
                bool public_edition = m_ctx.render.config.edition == Edition::public_;
                return public_edition ? without_orphan_captions(html) : html;
            }
            case Kind::list: return list(b.items);
            case Kind::diagram: return picture(b.diagram);
            case Kind::gap: ++m_out.gaps; return "<p><em>" + runs(b.text, false) + "</em></p>\n";
            case Kind::more: return "";  // the record's own page: only this site has it
        }
        return "";
    }

    // An item that is only a link to a page the live site does not have is left out.
    std::string list(const std::vector<Inline>& items) const {
        std::string html;
        for (const auto& item : items) {
            bool dead_link = item.size() == 1 && !item[0].target.empty() && m_ctx.links.place(item[0].target).empty();
            if (!dead_link) { html += "<li>" + runs(item, false) + "</li>\n"; }
        }
        return html.empty() ? "" : "<ul>\n" + html + "</ul>\n";
    }

    std::string markdown(const Text& text) {
        if (text.empty()) { return ""; }
        auto href = [this](const SiteTarget& t) { return m_ctx.links.href(t); };
        auto finder = [&](const std::string& run, bool in_heading) {
            return text_link_spans(run, in_heading, m_ctx.render.index, m_ctx.terms, m_linked_terms, href);
        };
        UrlRewriter written;
        if (m_ctx.render.hand_links) { written = [&](std::string_view url) { return live_address(text, url); }; }
        CmarkDocument doc = linked_markdown(text.markdown, finder, written);
        return plain_markdown_html(doc.get());
    }

    // A written link to a place of this site goes where the live site describes it (as the
    // generated links do), or becomes text; an image is the file put next to the fragment.
    std::string live_address(const Text& text, std::string_view url) {
        const HandLinks& hand = *m_ctx.render.hand_links;
        HandLink link = hand.read(text, url, false);
        if (link.kind != HandLink::Kind::site) { return std::string(url); }
        std::string images = std::string(k_site_image_folder) + "/";
        if (!link.is_page() && link.path.starts_with(images)) {
            std::string name = link.path.substr(images.size());
            if (std::find(m_out.images.begin(), m_out.images.end(), name) == m_out.images.end()) {
                m_out.images.push_back(name);
            }
            return name;
        }
        return m_ctx.links.href(hand.target(link));
    }

    std::string picture(DiagramKind kind) {
        // A picture in a file of its own links to the live site, as the fragment does.
        HrefDiagramLinks d(m_ctx.render, [&](const std::string& folder) { return m_ctx.links.href({folder, ""}); });
        Picture p = kind == DiagramKind::role_grid ? role_grid_picture(d)
                    : kind == DiagramKind::task_map ? task_map_picture(d)
                                                    : condition_wheel_picture(d);
        std::string file;
        for (const auto& name : k_picture_files) {
            if (name.kind == kind) { file = name.file; }
        }
        std::string img = "<p><img src=\"" + file + "." + m_ctx.picture_format + "\" alt=\"" +
                          html_escape(p.title + ". " + p.description) + "\" width=\"" +
                          std::to_string(static_cast<int>(p.width + 0.5)) + "\" height=\"" +
                          std::to_string(static_cast<int>(p.height + 0.5)) + "\"></p>\n";
        m_out.pictures.push_back({file, std::move(p)});
        return img;
    }

    const FragmentContext& m_ctx;
    Fragment m_out;
    std::set<std::string> m_linked_terms;  ///< a term links on its first use per page only
    std::set<std::string> m_ids;           ///< the ids given so far
};

}  // namespace

Fragment render_fragment(const FragmentContext& ctx, const PageContent& page) {
    FragmentWriter w(ctx, page);
    for (const auto& s : page.sections) { w.section(s); }
    return w.take();
}

}  // namespace pvpp
