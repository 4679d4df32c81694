// `pvpp check`: load and validate only, then the completeness report.
#include "cli/commands.h"
#include "cli/corpus_session.h"
#include "validate/completeness.h"

namespace pvpp {

int run_check(const Options& options, std::ostream& out, std::ostream& err) {
    auto session = load_session(options, err);
    if (session->diags.error_count() > 0) { return 1; }
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

}  // namespace pvpp
