// `pvpp diff`: two corpora loaded and validated, compared record by record; the
// summary goes to the terminal and the report into OUT/izmainas/, committed as a build
// commits output/ (only files that differ, each renamed into place), so the rest of
// OUT is never touched.
#include "cli/commands.h"
#include "cli/corpus_session.h"
#include "compare/change_summary.h"
#include "render/changes/change_report.h"
#include "render/common/output_commit.h"
#include "util/message.h"

namespace pvpp {

bool commit_folder(OutputFolder& folder, const std::string& dir, std::ostream& err) {
    BuildOutput output{folder.take_files(), {}};
    CommitReport report;
    std::string problem;
    if (!commit_output(dir, output, report, problem)) {
        err << "pvpp: " << problem << "\n";
        return false;
    }
    return true;
}

namespace {

std::unique_ptr<CorpusSession> load_root(const Options& options, const std::string& root, std::ostream& err) {
    Options o = options;
    o.root = root;
    return load_session(o, err);
}

bool write_files(const std::vector<OutputFile>& files, const std::string& dir, std::ostream& err) {
    Diagnostics diags;
    OutputFolder folder(k_change_report_folder);
    for (const auto& f : files) { folder.write(f.path, f.bytes, diags); }
    print_diagnostics(err, diags, "");
    return diags.error_count() == 0 && commit_folder(folder, dir, err);
}

bool write_report(const ChangeSet& set, const Options& o, const std::string& site_title, std::ostream& err) {
    Diagnostics diags;
    Theme theme;
    if (!theme.load(o.root, o.theme, change_report_templates(), diags)) {
        print_diagnostics(err, diags, o.root == "." ? "" : o.root + "/");
        return false;
    }
    return write_files(change_report_files(set, {o.old_root, o.new_root, site_title}, theme), o.out + "/izmainas", err);
}

}  // namespace

int run_diff(const Options& options, std::ostream& out, std::ostream& err) {
    auto old_session = load_root(options, options.old_root, err);
    auto new_session = load_root(options, options.new_root, err);
    if (old_session->diags.error_count() > 0 || new_session->diags.error_count() > 0) {
        err << "pvpp: " << _("diff stopped; nothing was written") << "\n";
        return 1;
    }
    ChangeSet set = compare_corpora(old_session->corpus, new_session->corpus);
    if (!write_report(set, options, new_session->corpus.site.title, err)) {
        err << "pvpp: " << fill(_("the report was not written; {1} was not changed"), {options.out}) << "\n";
        return 1;
    }
    out << "Salīdzina " << options.old_root << " (iepriekšējā versija) ar " << options.new_root << " (jaunā).\n";
    for (const auto& line : summary_lines(set)) { out << line << "\n"; }
    out << "Pārskats: " << options.out << "/izmainas/index.html\n";
    return options.exit_code && !set.empty() ? 3 : 0;
}

}  // namespace pvpp
