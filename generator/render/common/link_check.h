// Checks every internal link of a generated site, as Zola's link checker does:
// each relative href must name a written file, and its #anchor an id in it.
#pragma once
#include <deque>
#include <string>
#include <string_view>
#include <unordered_map>
#include <unordered_set>
#include <vector>

#include "diag/diagnostics.h"
#include "render/common/output_folder.h"

namespace pvpp {

/// Every file of a site and the element ids of its pages, as views into the files (or into
/// `decoded` for ids written with entities). The files must outlive it.
struct SiteIds {
    std::unordered_map<std::string_view, std::unordered_set<std::string_view>> ids;
    std::deque<std::string> decoded;

    explicit SiteIds(const std::vector<OutputFile>& files);
    bool has_file(std::string_view path) const;
    bool has_id(std::string_view path, std::string_view id) const;
};

/// Reports each broken internal link as `<folder>/<path>:line:col: error: …`.
/// Absolute URLs (http:, https:, mailto:, …) are not followed.
/// A link that leaves the folder must name one of `outside` (paths below the output root).
void check_links(const std::vector<OutputFile>& files, const std::string& folder, Diagnostics& diags,
                 const std::vector<std::string>& outside = {});

/// The values of every attribute `name="…"` in an HTML text, with their byte offsets.
std::vector<std::pair<std::size_t, std::string>> attribute_values(const std::string& html, const std::string& name);

}  // namespace pvpp
