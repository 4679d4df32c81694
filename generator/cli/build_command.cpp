// `pvpp build`: the render loop. Every renderer writes its own folder of a
// staging tree; the tree replaces output/ only when every renderer succeeded.
#include <chrono>

#include "cli/commands.h"
#include "cli/corpus_session.h"
#include "render/common/output_folder.h"
#include "render/cards/cards_renderer.h"
#include "render/cards/pdf_printer.h"
#include "render/data/data_renderer.h"
#include "render/html/site_renderer.h"
#include "render/publish/publish_renderer.h"
#include "render/xlsx/xlsx_renderer.h"

namespace pvpp {
namespace {

std::vector<std::unique_ptr<Renderer>> make_renderers() {
    std::vector<std::unique_ptr<Renderer>> renderers;
    renderers.push_back(std::make_unique<SiteRenderer>());
    renderers.push_back(std::make_unique<XlsxRenderer>());
    renderers.push_back(std::make_unique<CardsRenderer>());
    renderers.push_back(std::make_unique<DataRenderer>());
    renderers.push_back(std::make_unique<PublishRenderer>());
    return renderers;
}

bool render_all(const CorpusSession& s, RenderConfig config, const std::string& staging,
                std::ostream& out, Diagnostics& diags) {
    auto renderers = make_renderers();
    for (const auto& r : renderers) {
        for (auto& d : r->downloads(s.corpus)) { config.downloads.push_back(std::move(d)); }
    }
    RenderContext ctx{s.corpus, s.index, config};
    for (const auto& r : renderers) {
        OutputFolder folder(staging + "/" + r->folder());
        r->render(ctx, folder, diags);
        out << "  " << r->folder() << "/: " << folder.files_written() << " faili\n";
    }
    return diags.error_count() == 0;
}

// The PDFs are printed inside the staging tree, so they replace output/ together with the HTML.
bool print_cards(const Corpus& corpus, const std::string& staging, std::ostream& out, std::ostream& err) {
    std::string browser = find_chromium();
    if (browser.empty()) {
        out << "pvpp: PDF izlaists – nav atrasts Chromium. HTML kartītes ir izveidotas; PDF iegūšanai "
               "instalējiet Chromium (apt-get install chromium vai make deps) un palaidiet pvpp build --pdf.\n";
        return true;
    }
    std::vector<std::string> files = printable_card_files(corpus);
    std::string problem;
    if (!print_pdfs(browser, staging + "/cards", files, problem)) {
        err << "pvpp: " << problem << "\n";
        return false;
    }
    out << "  cards/: " << files.size() << " PDF\n";
    return true;
}

}  // namespace

int run_build(const Options& options, std::ostream& out, std::ostream& err) {
    auto started = std::chrono::steady_clock::now();
    auto session = load_session(options, err);
    if (session->diags.error_count() > 0) {
        err << "pvpp: build stopped; " << options.out << " was not changed\n";
        return 1;
    }
    StagingTree staging(options.out);
    std::string problem;
    if (!staging.open(problem)) {
        err << "pvpp: " << problem << "\n";
        return 1;
    }
    Diagnostics render_diags;
    // The cards index links the PDFs only when they will be printed.
    bool pdf = options.pdf && !find_chromium().empty();
    RenderConfig config{options.root, options.theme, {}, options.cards_written_only, pdf};
    out << "pvpp: veido " << options.out << "/\n";
    bool ok = render_all(*session, config, staging.dir(), out, render_diags);
    print_diagnostics(err, render_diags, "");
    if (ok && options.pdf) { ok = print_cards(session->corpus, staging.dir(), out, err); }
    if (!ok || !staging.commit(problem)) {
        err << "pvpp: " << (problem.empty() ? "build failed" : problem) << "; " << options.out << " was not changed\n";
        return 1;
    }
    auto ms = std::chrono::duration_cast<std::chrono::milliseconds>(std::chrono::steady_clock::now() - started);
    out << "pvpp: gatavs (" << ms.count() << " ms)\n";
    return 0;
}

int run_cli(const std::vector<std::string>& args, std::ostream& out, std::ostream& err) {
    auto options = parse_options(args, err);
    if (!options) { return 2; }
    if (options->command == "help") {
        out << usage_text();
        return 0;
    }
    if (options->command == "version") {
        out << "pvpp " << PVPP_VERSION << "\n";
        return 0;
    }
    if (options->command == "serve") { return run_serve(*options, out, err); }
    if (options->command == "diff") { return run_diff(*options, out, err); }
    return options->command == "check" ? run_check(*options, out, err) : run_build(*options, out, err);
}

}  // namespace pvpp
