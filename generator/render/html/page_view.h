// What a site page shows, before it meets a template: built by pure functions.
#pragma once
#include <string>
#include <vector>

namespace pvpp {

struct PageLink {
    std::string label;
    std::string href;  ///< relative to the page
};

/// A labelled value; html is already escaped or rendered.
struct PageField {
    std::string label;
    std::string html;
};

struct PageSection {
    std::string id;
    std::string heading;
    std::string html;
};

struct PageView {
    std::string path;   ///< site-relative folder, e.g. "lv/uzdevumi/pu2-10/"
    std::string file = "index.html";  ///< the file in that folder (the 404 page is "404.html")
    std::string title;
    std::string kind;   ///< "Uzdevums", "Loma", …
    std::string code;
    std::vector<PageLink> breadcrumbs;
    std::string lead;  ///< html shown under the title, before the fields and contents (the home page's introduction)
    std::vector<PageField> fields;
    std::vector<PageSection> sections;
    PageLink previous;  ///< the record before this one in its chapter (href empty: none)
    PageLink next;
    bool searchable = true;  ///< false for a page that only lists others (a kind's section index)
    /// Its links start at the site's root ("/lv/…"): the 404 page, which a server shows at
    /// whatever address was missing, where links relative to its own folder would lead nowhere.
    bool from_root = false;

    /// How lists and neighbours name it: "PU2-10 Name", or the title alone when it has no code.
    std::string label() const { return code.empty() ? title : code + " " + title; }
};

}  // namespace pvpp
