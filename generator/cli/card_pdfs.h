// `pvpp build --pdf`: the cards printed to PDF with headless Chromium, only those
// whose HTML changed or whose PDF is missing (printing them all takes minutes).
#pragma once
#include <ostream>
#include <string>

#include "model/corpus.h"
#include "render/common/output_commit.h"

namespace pvpp {

/// Adds each printable card's PDF to output: kept from out_dir when the card's HTML
/// there is the same and its PDF exists, else printed now. Without Chromium it says
/// so and adds none. False (with the reason on err) when printing failed or was
/// interrupted.
bool add_card_pdfs(const Corpus& corpus, const std::string& out_dir, BuildOutput& output, std::ostream& out,
                   std::ostream& err);

}  // namespace pvpp
