#include "cli/card_pdfs.h"

#include <algorithm>
#include <filesystem>
#include <thread>

#include "render/cards/cards_renderer.h"
#include "render/cards/pdf_printer.h"
#include "render/common/pdf_links.h"
#include "util/file_system.h"
#include "util/interrupt.h"
#include "util/message.h"
#include "util/scratch_dir.h"

namespace pvpp {
namespace {

namespace fs = std::filesystem;

std::string pdf_of(const std::string& html) { return html.substr(0, html.rfind('.')) + ".pdf"; }

const std::string* find_file(const BuildOutput& output, const std::string& path) {
    auto it =
        std::find_if(output.files.begin(), output.files.end(), [&](const OutputFile& f) { return f.path == path; });
    return it == output.files.end() ? nullptr : &it->bytes;
}

// A few cards at a time (as many as Chromium runs at once), so a SIGINT stops the
// printing after the current few rather than after all of them.
bool print_in_batches(const std::string& browser, const std::string& folder, const std::vector<std::string>& files,
                      std::string& problem) {
    std::size_t batch = std::clamp<std::size_t>(std::thread::hardware_concurrency(), 1, 4);
    for (std::size_t at = 0; at < files.size(); at += batch) {
        if (interrupted()) {
            problem = _("printing interrupted");
            return false;
        }
        std::vector<std::string> some(files.begin() + static_cast<long>(at),
                                      files.begin() + static_cast<long>(std::min(files.size(), at + batch)));
        if (!print_pdfs(browser, folder, some, problem)) { return false; }
    }
    return true;
}

bool print_changed(const std::string& browser, const std::string& out_dir, const std::vector<std::string>& files,
                   BuildOutput& output, std::string& problem) {
    // Inside out_dir, beside site/, so that the cards' links (../site/…) point in the PDFs where the site is.
    ScratchDir scratch(".pvpp-print", out_dir);
    const std::string& folder = scratch.path();
    if (folder.empty()) {
        problem = fill(_("cannot create {1}"), {out_dir + "/.pvpp-print"});
        return false;
    }
    for (const auto& f : files) {
        if (!write_file_bytes(folder + "/" + f, *find_file(output, "cards/" + f))) {
            problem = fill(_("cannot write {1}/{2}"), {folder, f});
            return false;
        }
    }
    if (!print_in_batches(browser, folder, files, problem)) { return false; }
    for (const auto& f : files) {
        auto pdf = read_file_bytes(folder + "/" + pdf_of(f));
        if (!pdf) {
            problem = fill(_("Chromium wrote no {1}"), {pdf_of(f)});
            return false;
        }
        // A card's links to itself point into the print folder: they go to the card in cards/.
        output.files.push_back(
            {"cards/" + pdf_of(f), with_pdf_links_moved(std::move(*pdf), "../.pvpp-print/", "../cards/")});
    }
    return true;
}

}  // namespace

bool add_card_pdfs(const Corpus& corpus, const std::string& out_dir, BuildOutput& output, std::ostream& out,
                   std::ostream& err) {
    std::string browser = find_chromium();
    if (browser.empty()) {
        out << "pvpp: PDF izlaists – nav atrasts Chromium. HTML kartītes ir izveidotas; PDF iegūšanai "
               "instalējiet Chromium (apt-get install chromium vai make deps) un palaidiet pvpp build --pdf.\n";
        return true;
    }
    std::vector<std::string> to_print;
    std::size_t unchanged = 0;  // output.kept holds other files too (the build stamp)
    for (const auto& html : printable_card_files(corpus)) {
        const std::string* bytes = find_file(output, "cards/" + html);
        if (!bytes) { continue; }
        bool current = same_file_on_disk(out_dir, "cards/" + html, *bytes) &&
                       fs::is_regular_file(out_dir + "/cards/" + pdf_of(html));
        if (current) {
            output.kept.push_back("cards/" + pdf_of(html));
            ++unchanged;
        } else {
            to_print.push_back(html);
        }
    }
    std::string problem;
    if (!to_print.empty() && !print_changed(browser, out_dir, to_print, output, problem)) {
        err << "pvpp: " << problem << "\n";
        return false;
    }
    out << "  cards/: " << to_print.size() << " PDF izdrukāti, " << unchanged << " nemainīti\n";
    return true;
}

}  // namespace pvpp
