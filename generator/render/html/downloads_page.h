// The downloads page and the site's copies of what it offers (below site/datnes/), so the
// downloads work wherever site/ alone is deployed.
#pragma once
#include <string>
#include <vector>

#include "render/common/output_folder.h"
#include "render/renderer.h"

namespace pvpp {

/// The site folder that holds the copies ("datnes/"): site/datnes/<path below output/>.
inline constexpr const char* k_downloads_folder = "datnes/";

/// "2,3 MB", "45 kB", "812 B": a size as a Latvian reader writes it (1 kB = 1000 B).
std::string size_label(std::size_t bytes);

/// "XLSX", "PDF": the format of a file, from its extension.
std::string format_label(const std::string& path);

/// The site's copy of each offered file, its links to the site made relative to where the
/// copy lies (the cards link "../site/…" from output/cards/, the copies "../../…").
std::vector<OutputFile> download_copies(const RenderConfig& config);

}  // namespace pvpp
