// A generic content folder (as Hugo or Zola read one): Markdown pages with +++ TOML
// front matter, each published at the folder its file name gives.
#pragma once
#include <string>
#include <vector>

#include "model/text.h"

namespace pvpp {

/// content/<dir>/<name>.md, published as site/<dir>/<name>/index.html; an _index.md
/// is the page of its own folder (content/_index.md is the home page).
struct ContentPage {
    SourceLoc loc;
    std::string folder;     ///< site-relative folder ending in '/': "p/page-00001/"; "" for the home page
    bool is_index = false;  ///< an _index.md: its folder's page, which lists the pages below it
    std::string title;
    std::string description;
    int weight = 0;         ///< lists order by weight, then by folder
    std::vector<std::string> tags;
    Text body;
};

}  // namespace pvpp
