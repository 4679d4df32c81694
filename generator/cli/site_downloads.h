// What the site offers for download, with the bytes: the site carries a copy of each file
// (the workbooks, open data, cards and their PDFs), so the downloads work wherever site/ is
// deployed, and its downloads page gives each file's size.
#pragma once
#include <string>

#include "render/common/output_commit.h"
#include "render/renderer.h"

namespace pvpp {

/// Fills config.downloads' sizes and config.offered from what this build produced (output's
/// files, or the kept files in out_dir), adding a download per card PDF. A download this
/// build did not produce is left out.
void offer_downloads(const Corpus& corpus, const std::string& out_dir, const BuildOutput& output,
                     RenderConfig& config);

}  // namespace pvpp
