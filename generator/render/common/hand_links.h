// The links and images an editor writes in Markdown, read once for every output: a relative
// link means the same place wherever its text is shown (read from the page of the record
// that owns the text), a site-absolute one (/lv/uzdevumi/pu2-1/) and the live site's address
// of a page the corpus publishes are places of this site too, and an image is a file of
// content/images/. Each output then writes the place its own way (site pages at any depth,
// cards, CMS fragments).
#pragma once
#include <map>
#include <set>
#include <string>
#include <string_view>
#include <tuple>

#include "model/corpus.h"
#include "model/text.h"
#include "render/common/code_links.h"
#include "render/common/edition.h"

namespace pvpp {

/// The folder of content/ that images are taken from, and the site folder they are copied to.
inline constexpr const char* k_image_folder = "content/images";
inline constexpr const char* k_site_image_folder = "images";

/// What a hand-written address names.
struct HandLink {
    enum class Kind {
        outside,  ///< another site or mailto:; written as it is
        site,     ///< a page or file of this site: path and anchor
        refused,  ///< an address that cannot work (problem says why)
    };
    Kind kind = Kind::outside;
    std::string path;     ///< site-relative: a page folder ending in '/', or a file ("images/x.png")
    std::string anchor;   ///< "" for none
    std::string problem;  ///< a whole sentence: why (Kind::refused), or a doubt (a live slug much like one of ours)
    bool live = false;    ///< written as the live site's address (varam.gov.lv/lv/<slug>)

    bool is_page() const { return kind == Kind::site && (path.empty() || path.back() == '/'); }
};

/// The folder of a record's page: the page its texts are written for, whose relative links are
/// read from there ("" when the corpus has no such record or its kind no pages).
std::string record_folder(const Corpus& corpus, const EntityKey& key);

/// Folds "." and ".." (and empty segments) of a relative path into out: "a/./b/../c/" → "a/c/".
/// False when ".." climbs above the path's start.
bool fold_dots(std::string_view path, std::string& out);

/// Folds "." and ".." of a path below the site root into out: a page folder ending in '/'
/// ("…/index.html" and a last part without a dot name a folder's page) or a file. False when
/// ".." climbs above the root.
bool fold_site_path(std::string_view joined, std::string& out);

class HandLinks {
   public:
    /// Reads which page owns each text of the corpus and which live slugs it publishes.
    /// The corpus must outlive it.
    HandLinks(const Corpus& corpus, const MovedPages& moved);

    /// What url, written in text, names; image: it is an image's address.
    HandLink read(const Text& text, std::string_view url, bool image) const;

    /// The href on the site page in folder page (site-relative, ending in '/').
    std::string on_site(const Text& text, std::string_view url, const std::string& page) const;
    /// The href from a file of output/cards/ (or any folder beside output/site/).
    std::string beside_site(const Text& text, std::string_view url) const;

    /// The folder of the page of the record that owns text ("" when no record owns it).
    std::string home_of(const Text& text) const;

    /// The page a site target leads to in the edition (a moved page: its place on a chapter page).
    SiteTarget target(const HandLink& link) const;

   private:
    using Key = std::tuple<std::string, int, int>;

    HandLink live_link(std::string_view url) const;
    HandLink live_doubt(std::string_view url, std::string_view slug) const;
    HandLink site_path(std::string_view path, std::string_view anchor, const std::string& home, bool image) const;

    const Corpus& m_corpus;
    const MovedPages& m_moved;
    std::map<Key, std::string> m_homes;  ///< a text's position → the folder of its record's page
    std::set<std::string> m_live_slugs;
};

}  // namespace pvpp
