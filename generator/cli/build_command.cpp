// `pvpp build`: the render loop. The renderers run side by side, each into a folder held
// in memory; the commit then writes only the files that differ from output/ and removes
// those no longer produced (render/common/output_commit.h).
#include <algorithm>
#include <chrono>
#include <sstream>

#include "cli/build_stamp.h"
#include "cli/card_pdfs.h"
#include "cli/commands.h"
#include "cli/corpus_session.h"
#include "cli/out_folder.h"
#include "cli/site_downloads.h"
#include "cli/written_content.h"
#include "load/content_loader.h"
#include "render/cards/cards_renderer.h"
#include "render/cards/pdf_printer.h"
#include "render/changes/change_report.h"
#include "render/common/edition.h"
#include "render/common/output_commit.h"
#include "render/data/data_renderer.h"
#include "render/html/content_site_renderer.h"
#include "render/html/site_renderer.h"
#include "render/publish/publish_renderer.h"
#include "render/xlsx/xlsx_renderer.h"
#include "util/file_system.h"
#include "util/interrupt.h"
#include "util/lemmatizer.h"
#include "util/message.h"
#include "util/parallel.h"

namespace pvpp {
namespace {

/// Word → lemmas of the last build, below output/ (never below output/site/, which is published).
constexpr const char* k_lemma_cache = ".pvpp-cache/lemmas.tsv";

std::vector<std::unique_ptr<Renderer>> make_renderers(CorpusKind kind) {
    std::vector<std::unique_ptr<Renderer>> renderers;
    if (kind == CorpusKind::content_folder) {
        renderers.push_back(std::make_unique<ContentSiteRenderer>());
        return renderers;
    }
    renderers.push_back(std::make_unique<SiteRenderer>());
    renderers.push_back(std::make_unique<XlsxRenderer>());
    renderers.push_back(std::make_unique<CardsRenderer>());
    renderers.push_back(std::make_unique<DataRenderer>());
    renderers.push_back(std::make_unique<PublishRenderer>());
    return renderers;
}

// `pvpp novertejumi` writes its results here, `pvpp build --review` the review edition.
constexpr const char* k_assessments = "novertejumi";
constexpr const char* k_review_edition = "review";

// What the other commands wrote, and the review edition when this build is the public one: a
// build keeps them rather than removing them as stale.
void keep_command_folders(const Options& options, BuildOutput& output) {
    for (const auto& folder : command_folders()) {
        if (options.review && folder == k_review_edition) { continue; }
        for (auto& f : files_below(options.out + "/" + folder)) { output.kept.push_back(folder + "/" + f); }
    }
}

// The renderers run on every core at once; their files and findings join in renderer order.
bool render_side_by_side(const std::vector<std::unique_ptr<Renderer>>& renderers, const RenderContext& ctx,
                         BuildOutput& output, std::ostream& out, Diagnostics& diags) {
    std::vector<OutputFolder> folders;
    for (const auto& r : renderers) { folders.emplace_back(r->folder()); }
    std::vector<Diagnostics> found(renderers.size());
    std::vector<long long> took(renderers.size());  // what each costs, for whoever wants the build faster
    parallel_for(renderers.size(), [&](std::size_t i) {
        auto started = std::chrono::steady_clock::now();
        renderers[i]->render(ctx, folders[i], found[i]);
        took[i] = std::chrono::duration_cast<std::chrono::milliseconds>(std::chrono::steady_clock::now() - started).count();
    });
    for (std::size_t i = 0; i < renderers.size(); ++i) {
        out << "  " << folders[i].dir_name() << "/: " << folders[i].files_written() << " faili, " << took[i] << " ms\n";
        diags.append(std::move(found[i]));
        for (auto& f : folders[i].take_files()) { output.files.push_back({folders[i].dir_name() + "/" + f.path, std::move(f.bytes)}); }
    }
    return diags.error_count() == 0;
}

bool offers_to_site(const Renderer& r, const Corpus& corpus) {
    auto offered = r.downloads(corpus);
    return std::any_of(offered.begin(), offered.end(), [](const Download& d) { return d.in_site; });
}

// Two rounds: first the renderers whose files the site offers (then the cards' PDFs are
// printed), then the site, which carries a copy of each with its size, beside the rest.
bool render_all(const CorpusSession& s, const Options& options, RenderConfig config, const Lemmatizer* lemmatizer,
                BuildOutput& output, std::ostream& out, std::ostream& err, Diagnostics& diags) {
    auto renderers = make_renderers(s.corpus.kind);
    for (const auto& r : renderers) {
        for (auto& d : r->downloads(s.corpus)) { config.downloads.push_back(std::move(d)); }
    }
    auto later = std::stable_partition(renderers.begin(), renderers.end(),
                                       [&](const auto& r) { return offers_to_site(*r, s.corpus); });
    std::vector<std::unique_ptr<Renderer>> second(std::make_move_iterator(later), std::make_move_iterator(renderers.end()));
    renderers.erase(later, renderers.end());
    CorpusIndex index = index_for(config.edition, s.corpus, s.index);
    RenderContext ctx{s.corpus, index, config};
    ctx.lemmatizer = lemmatizer;
    bool ok = render_side_by_side(renderers, ctx, output, out, diags);
    if (ok && options.pdf && s.corpus.kind == CorpusKind::policy) {
        ok = add_card_pdfs(s.corpus, options.out, output, out, err);
    }
    if (ok) { offer_downloads(s.corpus, options.out, output, config); }
    return ok && render_side_by_side(second, ctx, output, out, diags);
}

// The policy corpus's glossary linking needs Hunspell: started before the corpus loads,
// from the last build's cache when there is one (then the dictionary is not loaded at all).
std::unique_ptr<Lemmatizer> make_lemmatizer(const Options& options) {
    if (is_content_folder(DiskFileSystem(options.root))) { return nullptr; }
    auto cache = read_file_bytes(options.out + "/" + k_lemma_cache);
    return std::make_unique<Lemmatizer>("/usr/share/hunspell", cache ? *cache : "");
}

const char* signal_name(int sig) { return sig == SIGTERM ? "SIGTERM" : "SIGINT"; }

int stopped(const Options& options, std::ostream& err) {
    err << "pvpp: " << fill(_("interrupted by {1}; {2} was not changed"), {signal_name(interrupted()), options.out})
        << "\n";
    return 128 + interrupted();
}

// What output/ holds after a commit: every file produced and every file kept.
std::vector<std::string> committed_paths(const BuildOutput& output) {
    std::vector<std::string> paths = output.kept;
    for (const auto& f : output.files) { paths.push_back(f.path); }
    return paths;
}

std::string summary(const CommitReport& r) {
    return "ierakstīti " + std::to_string(r.written) + ", nemainīti " + std::to_string(r.unchanged) + ", dzēsti " +
           std::to_string(r.removed);
}

}  // namespace

int run_build(const Options& options, std::ostream& out, std::ostream& err) {
    auto started = std::chrono::steady_clock::now();
    auto elapsed = [&] {
        return std::chrono::duration_cast<std::chrono::milliseconds>(std::chrono::steady_clock::now() - started).count();
    };
    InterruptGuard on_signal;
    if (std::string problem = out_folder_problem(options.root, options.out); !problem.empty()) {
        err << "pvpp: " << problem << "\n";  // pvpp removes from --out what it did not write
        return 2;
    }
    bool chromium = !find_chromium().empty();
    std::string inputs = build_inputs(options, chromium);
    std::string findings;
    if (build_is_current(options.out, inputs, findings)) {
        err << findings;
        out << "pvpp: " << options.out << "/ ir aktuāls – nekas nav mainījies (" << elapsed() << " ms)\n";
        return 0;
    }
    auto lemmatizer = make_lemmatizer(options);
    std::ostringstream printed;  // the findings, kept in the stamp to be shown again by a build that skips
    auto session = load_session(options, printed);
    err << printed.str();
    if (session->diags.error_count() > 0) {
        err << "pvpp: " << fill(_("build stopped; {1} was not changed"), {options.out}) << "\n";
        return 1;
    }
    if (interrupted()) { return stopped(options, err); }
    // The cards index links the PDFs only when they will be printed.
    RenderConfig config{options.root, options.theme, {}, options.cards_written_only, options.pdf && chromium,
                        options.out};
    config.edition = options.review ? Edition::review : Edition::public_;
    config.moved = moved_pages(config.edition, session->corpus);
    hide_unconfirmed_dates(config.edition, session->corpus);  // after the checks, before any renderer
    out << "pvpp: veido " << options.out << "/" << std::endl;  // shown now, not when the build ends
    BuildOutput output;
    output.kept.push_back(k_build_stamp);  // rewritten after the commit
    keep_command_folders(options, output);
    Diagnostics render_diags;
    bool ok = render_all(*session, options, config, lemmatizer.get(), output, out, err, render_diags);
    std::size_t before = printed.tellp();
    print_render_findings(printed, render_diags, *session, options);
    err << printed.str().substr(before);
    output.files.push_back({k_written_record, written_record(session->corpus)});
    if (lemmatizer && lemmatizer->has_dictionary()) { output.files.push_back({k_lemma_cache, lemmatizer->cache_text()}); }
    lemmatizer.reset();  // no thread of ours is left running while signals are held back
    if (interrupted()) { return stopped(options, err); }
    std::string problem;
    CommitReport report;
    if (!ok || !commit_output(options.out, output, report, problem)) {
        err << "pvpp: " << (problem.empty() ? fill(_("build failed; {1} was not changed"), {options.out}) : problem)
            << "\n";
        return 1;
    }
    if (session->dropped_content) {
        std::remove((options.out + "/" + k_build_stamp).c_str());  // its warnings are said once, not replayed
    } else {
        write_build_stamp(options.out, inputs, printed.str(), committed_paths(output));
    }
    out << "pvpp: gatavs (" << elapsed() << " ms; " << summary(report) << ")\n";
    if (interrupted()) {
        err << "pvpp: "
            << fill(_("interrupted by {1} after {2} was written whole"), {signal_name(interrupted()), options.out})
            << "\n";
        return 128 + interrupted();
    }
    return 0;
}

std::vector<std::string> command_folders() { return {k_change_report_folder, k_assessments, k_review_edition}; }

std::vector<std::string> renderer_folders() {
    std::vector<std::string> names;
    for (CorpusKind kind : {CorpusKind::policy, CorpusKind::content_folder}) {
        for (const auto& r : make_renderers(kind)) { names.push_back(r->folder()); }
    }
    return names;
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
    if (options->command == "novertejumi") { return run_assessments(*options, out, err); }
    if (options->command == "review-strings") { return run_review_strings(*options, out, err); }
    return options->command == "check" ? run_check(*options, out, err) : run_build(*options, out, err);
}

}  // namespace pvpp
