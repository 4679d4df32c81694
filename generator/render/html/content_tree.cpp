#include "render/html/content_tree.h"

#include <algorithm>

#include "render/common/urls.h"

namespace pvpp {

std::string parent_folder(const std::string& folder) {
    if (folder.empty()) { return ""; }
    std::size_t slash = folder.rfind('/', folder.size() - 2);
    return slash == std::string::npos ? "" : folder.substr(0, slash + 1);
}

// Every folder above a page gets a page of its own, so each page is reachable from home.
ContentTree::ContentTree(const std::vector<ContentPage>& pages) {
    m_folders[""].folder = "";
    for (const auto& p : pages) {
        if (p.is_index) {
            m_folders[p.folder].index = &p;
        } else {
            m_folders[parent_folder(p.folder)].pages.push_back(&p);
        }
    }
    std::vector<std::string> with_pages;
    for (const auto& [folder, entry] : m_folders) { with_pages.push_back(folder); }
    for (const auto& start : with_pages) {
        for (std::string f = start; !f.empty(); f = parent_folder(f)) { m_folders[f].folder = f; }
    }
    for (auto& [folder, entry] : m_folders) {
        if (!folder.empty()) { m_folders[parent_folder(folder)].subfolders.push_back(folder); }
        std::stable_sort(entry.pages.begin(), entry.pages.end(),
                         [](const ContentPage* a, const ContentPage* b) { return a->weight < b->weight; });
    }
}

std::string ContentTree::title(const std::string& folder) const {
    auto it = m_folders.find(folder);
    if (it != m_folders.end() && it->second.index) { return it->second.index->title; }
    std::string name = folder.substr(0, folder.empty() ? 0 : folder.size() - 1);
    return name.substr(name.rfind('/') == std::string::npos ? 0 : name.rfind('/') + 1);
}

std::vector<PageLink> ContentTree::breadcrumbs(const std::string& folder) const {
    if (folder.empty()) { return {}; }  // the home page: its own title only
    std::vector<std::string> above;
    for (std::string f = parent_folder(folder); !f.empty(); f = parent_folder(f)) { above.push_back(f); }
    std::vector<PageLink> crumbs = {{"Sākums", url::relative(folder, "")}};
    for (auto it = above.rbegin(); it != above.rend(); ++it) { crumbs.push_back({title(*it), url::relative(folder, *it)}); }
    return crumbs;
}

std::vector<PageLink> ContentTree::navigation() const {
    std::vector<PageLink> nav;
    for (const auto& f : m_folders.at("").subfolders) { nav.push_back({title(f), f}); }
    return nav;
}

}  // namespace pvpp
