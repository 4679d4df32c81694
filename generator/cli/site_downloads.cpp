#include "cli/site_downloads.h"

#include <algorithm>

#include "render/cards/cards_renderer.h"
#include "util/file_system.h"

namespace pvpp {
namespace {

// The bytes of a file this build produced: made now, or kept as it is on disk.
std::optional<std::string> produced(const std::string& out_dir, const BuildOutput& output, const std::string& path) {
    auto made =
        std::find_if(output.files.begin(), output.files.end(), [&](const OutputFile& f) { return f.path == path; });
    if (made != output.files.end()) { return made->bytes; }
    if (std::find(output.kept.begin(), output.kept.end(), path) == output.kept.end()) { return std::nullopt; }
    return read_file_bytes(out_dir + "/" + path);
}

// "cards/PU2-10.pdf" → "Uzdevuma PU2-10 kartīte (PDF)"; a PDF of a listed HTML file takes its label.
std::string pdf_label(const std::vector<Download>& downloads, const std::string& pdf) {
    std::string html = pdf.substr(0, pdf.size() - 4) + ".html";
    for (const auto& d : downloads) {
        if (d.path == html) { return d.label + " (PDF)"; }
    }
    return "Uzdevuma " + pdf.substr(6, pdf.size() - 10) + " kartīte (PDF)";
}

}  // namespace

void offer_downloads(const Corpus& corpus, const std::string& out_dir, const BuildOutput& output,
                     RenderConfig& config) {
    std::vector<Download> wanted = config.downloads;
    // Every card's PDF, in the cards' own order (PU1-1 … PU3-4, then the handouts); one the build
    // neither printed nor kept is dropped below, as any download it did not produce.
    for (const auto& html : printable_card_files(corpus)) {
        std::string pdf = "cards/" + html.substr(0, html.rfind('.')) + ".pdf";
        wanted.push_back({pdf_label(config.downloads, pdf), pdf});
    }
    config.downloads.clear();
    for (auto& d : wanted) {
        if (!d.in_site) {
            config.downloads.push_back(std::move(d));
            continue;
        }
        auto bytes = produced(out_dir, output, d.path);
        if (!bytes) { continue; }
        d.size = bytes->size();
        config.offered.push_back({d.path, std::move(*bytes)});
        config.downloads.push_back(std::move(d));
    }
    // The listed cards link to each task's card: the copy carries them all, listed or not.
    for (const auto& html : printable_card_files(corpus)) {
        std::string path = "cards/" + html;
        bool offered = std::any_of(config.offered.begin(), config.offered.end(),
                                   [&](const OutputFile& f) { return f.path == path; });
        if (auto bytes = offered ? std::nullopt : produced(out_dir, output, path)) {
            config.offered.push_back({path, std::move(*bytes)});
        }
    }
}

}  // namespace pvpp
