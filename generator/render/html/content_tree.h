// The folders of a content folder's site: which pages each lists, and their titles.
#pragma once
#include <map>
#include <string>
#include <vector>

#include "model/content_page.h"
#include "render/html/page_view.h"

namespace pvpp {

/// A folder of the site with a page of its own that lists what is below it.
struct ContentFolder {
    std::string folder;                      ///< "" (home), "p/", …
    const ContentPage* index = nullptr;      ///< its _index.md, if it has one
    std::vector<const ContentPage*> pages;   ///< the pages directly in it, by weight then folder
    std::vector<std::string> subfolders;     ///< the folders directly in it, by name
};

class ContentTree {
public:
    explicit ContentTree(const std::vector<ContentPage>& pages);

    const std::map<std::string, ContentFolder>& folders() const { return m_folders; }
    /// A folder's title: its _index.md's, else its own name.
    std::string title(const std::string& folder) const;
    /// Breadcrumbs of a page in folder: the home page and each folder above it.
    std::vector<PageLink> breadcrumbs(const std::string& folder) const;
    /// The main navigation: the folders directly below the home page.
    std::vector<PageLink> navigation() const;

private:
    std::map<std::string, ContentFolder> m_folders;
};

/// The folder a site folder is in: "p/x/" → "p/", "p/" → "".
std::string parent_folder(const std::string& folder);

}  // namespace pvpp
