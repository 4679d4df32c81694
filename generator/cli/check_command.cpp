// `pvpp check`: load and validate only, then the completeness report.
#include <algorithm>
#include <optional>

#include "cli/commands.h"
#include "cli/corpus_session.h"
#include "render/html/content_site_renderer.h"
#include "render/html/site_renderer.h"
#include "util/file_system.h"
#include "util/lemmatizer.h"
#include "validate/completeness.h"

namespace pvpp {
namespace {

// A site's page bodies, written links, anchors and images are checked where they are rendered,
// against the pages the build makes, so the check renders the (public) site in memory and keeps
// only the findings: nothing is written, and the last build's word cache is only read.
bool check_site(CorpusSession& s, const Options& options, std::ostream& err) {
    RenderConfig config{options.root, options.theme, {}};
    config.moved = moved_pages(config.edition, s.corpus);
    RenderContext ctx{s.corpus, s.index, config};
    std::optional<Lemmatizer> lemmatizer;  // the policy corpus's glossary linking
    if (s.corpus.kind == CorpusKind::policy) {
        auto cache = read_file_bytes(options.out + "/.pvpp-cache/lemmas.tsv");
        ctx.lemmatizer = &lemmatizer.emplace(Lemmatizer::default_dictionary_dir(), cache ? *cache : "");
    }
    OutputFolder site("site");
    Diagnostics diags;
    if (s.corpus.kind == CorpusKind::policy) {
        SiteRenderer().render(ctx, site, diags);
    } else {
        ContentSiteRenderer().render(ctx, site, diags);
    }
    print_render_findings(err, diags, s, options);  // as the build prints what its renderers find
    return diags.error_count() == 0;
}

}  // namespace

int run_check(const Options& options, std::ostream& out, std::ostream& err) {
    auto session = load_session(options, err);
    if (session->diags.error_count() > 0) { return 1; }
    if (!check_site(*session, options, err)) { return 1; }
    if (session->corpus.kind == CorpusKind::content_folder) {
        out << "Satura mape " << options.root << " ir kārtībā: " << session->corpus.content_pages.size() << " lapas.\n";
        return 0;
    }
    out << "Korpuss " << options.root << " ir kārtībā. Saturs:\n";
    for (const auto& line : completeness_lines(assess_completeness(session->corpus, session->index))) {
        out << line << "\n";
    }
    return 0;
}

// `pvpp review-strings` (not in --help: it serves the tests): what the public edition must
// never hold, one a line as "text<TAB>…" or "label<TAB>…", from render/common/edition.h
// and from the corpus's own notes, so the test that walks the output shares the renderers' list.
int run_review_strings(const Options& options, std::ostream& out, std::ostream& err) {
    auto session = load_session(options, err);
    if (session->diags.error_count() > 0) { return 1; }
    for (const auto& s : review_only_strings()) {
        out << (s.where == ReviewString::Where::text ? "text\t" : "label\t") << s.value << "\n";
    }
    for (const auto& v : review_only_values(session->corpus)) {
        std::string line = v;
        std::replace(line.begin(), line.end(), '\n', ' ');
        out << "text\t" << line << "\n";
    }
    return 0;
}

}  // namespace pvpp
