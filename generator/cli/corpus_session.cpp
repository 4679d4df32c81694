#include "cli/corpus_session.h"

#include "cli/written_content.h"
#include "load/corpus_loader.h"
#include "util/file_system.h"
#include "util/message.h"
#include "validate/validate.h"

namespace pvpp {

std::unique_ptr<CorpusSession> load_session(const Options& options, std::ostream& err) {
    auto session = std::make_unique<CorpusSession>();
    DiskFileSystem fs(options.root);
    if (!fs.is_dir("")) {
        // Said before anything is looked for in it: "no content/ here" would hide the typo in --root.
        session->diags.error({options.root}, _("the project root does not exist or is not a folder (see --root)"));
        print_diagnostics(err, session->diags, "");
        return session;
    }
    session->corpus = load_corpus(fs, session->diags);
    session->index = validate(session->corpus, session->diags);
    bool renders = options.command == "check" || options.command == "build" || options.command == "serve";
    if (renders) {
        session->dropped_content = warn_dropped_content(read_file_bytes(options.out + "/" + k_written_record),
                                                        session->corpus, session->diags);
    }
    if (session->diags.error_count() == 0 && renders) { return session; }
    // Paths print as the user named the root, so they can be opened from where pvpp ran.
    print_diagnostics(err, session->diags, options.root == "." ? "" : options.root + "/");
    session->findings_printed = true;
    return session;
}

namespace {

// Copies found into shown: a finding in a file below the root gets the root as the user
// named it and keeps its source line (from found or from the load).
void add_prefixed(Diagnostics& shown, const Diagnostics& found, const Diagnostics& loaded, const std::string& prefix) {
    for (auto d : found.sorted()) {
        const std::string* text = found.source_of(d.loc.file);
        if (!text) { text = loaded.source_of(d.loc.file); }
        if (text) {
            d.loc.file = prefix + d.loc.file;
            shown.remember_source(d.loc.file, *text);
        }
        shown.add(d.loc, d.severity, std::move(d.message));
    }
}

}  // namespace

void print_render_findings(std::ostream& err, const Diagnostics& found, CorpusSession& session,
                           const Options& options) {
    std::string prefix = options.root == "." ? "" : options.root + "/";
    Diagnostics shown;
    if (!session.findings_printed) { add_prefixed(shown, session.diags, session.diags, prefix); }
    add_prefixed(shown, found, session.diags, prefix);
    session.findings_printed = true;
    print_diagnostics(err, shown, "");
}

}  // namespace pvpp
