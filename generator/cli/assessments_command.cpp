// `pvpp novertejumi DIR`: every filled self-assessment workbook in DIR is read and checked
// (in parallel, progress on the terminal); any finding stops the run with nothing written.
// Otherwise the plans and the national picture are rendered in memory and committed into
// OUT/novertejumi/ as a build commits output/. The results are internal to the ministry:
// they never go into site/ or publish/.
#include <algorithm>
#include <chrono>
#include <filesystem>
#include <mutex>

#include "cli/assessment_files.h"
#include "cli/commands.h"
#include "cli/corpus_session.h"
#include "cli/out_folder.h"
#include "load/assessment_reader.h"
#include "render/common/output_commit.h"
#include "util/file_system.h"
#include "util/lower_case.h"
#include "util/message.h"
#include "util/parallel.h"
#include "util/text.h"

namespace pvpp {
namespace {

namespace fs = std::filesystem;

/// The optional list of institutions expected to answer: one name a line, # comments.
constexpr const char* k_expected_file = "iestades.txt";

// The .xlsx files directly in dir, sorted; Office's lock files (~$…) and hidden files skipped.
std::vector<std::string> workbook_files(const std::string& dir) {
    std::vector<std::string> out;
    std::error_code ec;
    for (const auto& e : fs::directory_iterator(dir, ec)) {
        std::string name = e.path().filename().string();
        std::string ext = lower_latvian(e.path().extension().string());
        if (ext == ".xlsx" && !name.starts_with("~$") && !name.starts_with(".")) { out.push_back(name); }
    }
    std::sort(out.begin(), out.end());
    return out;
}

std::vector<std::string> expected_list(std::string_view text) {
    if (text.starts_with("\xEF\xBB\xBF")) { text.remove_prefix(3); }  // saved by Windows Notepad or Excel
    std::vector<std::string> out;
    for (auto line : split_lines(text)) {
        line = trim(line);
        if (!line.empty() && line[0] != '#') { out.emplace_back(line); }
    }
    return out;
}

/// Prints "nolasīti k no N" about every tenth of the way; safe from the reading threads.
class Progress {
   public:
    Progress(std::size_t total, std::ostream& out) : m_total(total), m_out(out) {}
    void one_done() {
        std::lock_guard<std::mutex> lock(m_mutex);
        ++m_done;
        std::size_t step = std::max<std::size_t>(10, m_total / 10);
        if (m_done % step == 0 && m_done < m_total) {
            m_out << "pvpp: nolasīti " << m_done << " no " << m_total << "\n" << std::flush;
        }
    }

   private:
    std::size_t m_total, m_done = 0;
    std::ostream& m_out;
    std::mutex m_mutex;
};

struct ReadResult {
    std::optional<Assessment> assessment;
    Diagnostics diags;
};

std::vector<ReadResult> read_all(const std::string& dir, const std::vector<std::string>& files,
                                 const AssessmentForm& form, std::ostream& out) {
    Progress progress(files.size(), out);
    return parallel_map<ReadResult>(files.size(), [&](std::size_t i) {
        ReadResult r;
        auto bytes = read_file_bytes(dir + "/" + files[i]);
        if (!bytes) {
            r.diags.error({files[i]}, _("cannot read the file"));
        } else {
            r.assessment = read_assessment(files[i], *bytes, form, r.diags);
        }
        progress.one_done();
        return r;
    });
}

// One workbook per institution: a second one is an error at its name cell.
void check_duplicates(const std::vector<Assessment>& all, Diagnostics& diags) {
    std::map<std::string, const Assessment*> first;
    for (const auto& a : all) {
        auto [it, fresh] = first.emplace(institution_key(a.institution), &a);
        if (!fresh) {
            diags.error({a.file + ":" + k_assessment_info_sheet + "!B3"},
                        fill(_("a second workbook for \"{1}\" (the first is {2})"), {a.institution, it->second->file}));
        }
    }
}

// "nolasīti 12 pašnovērtējumi (1. grupa – 5, 2. grupa – 7)".
std::string summary(const AssessmentRun& run) {
    std::map<int, int> per_group;
    for (const auto& a : run.assessments) { ++per_group[a.group]; }
    std::size_t n = run.assessments.size();
    // Latvian counts ending in 1 (but not 11) take the singular.
    bool one = n % 10 == 1 && n % 100 != 11;
    std::string out =
        (one ? "nolasīts " : "nolasīti ") + std::to_string(n) + (one ? " pašnovērtējums" : " pašnovērtējumi");
    for (const auto& [group, n] : per_group) {
        out += (group == per_group.begin()->first ? " (" : ", ") + std::to_string(group) + ". grupa – " +
               std::to_string(n);
    }
    return out + (per_group.empty() ? "" : ")");
}

long since(std::chrono::steady_clock::time_point start) {
    return static_cast<long>(
        std::chrono::duration_cast<std::chrono::milliseconds>(std::chrono::steady_clock::now() - start).count());
}

int stop(const Diagnostics& diags, const std::string& prefix, std::ostream& err) {
    print_diagnostics(err, diags, prefix);
    err << "pvpp: " << _("novertejumi stopped; nothing was written") << "\n";
    return 1;
}

}  // namespace

int run_assessments(const Options& options, std::ostream& out, std::ostream& err) {
    auto start = std::chrono::steady_clock::now();
    auto session = load_session(options, err);
    if (session->diags.error_count() > 0) {
        err << "pvpp: " << _("novertejumi stopped: the corpus has errors; nothing was written") << "\n";
        return 1;
    }
    const std::string& dir = options.assessments;
    std::string prefix = dir == "." ? "" : dir + "/";
    Diagnostics diags;
    if (!fs::is_directory(dir)) {
        diags.error({dir}, _("not a folder (pvpp novertejumi DIR: the folder of filled workbooks)"));
        return stop(diags, "", err);
    }
    std::string target = options.out + "/novertejumi";
    if (within_folder(dir, target)) {  // the results would replace the workbooks
        diags.error({dir},
                    fill(_("the workbooks lie in {1}, which pvpp replaces with its results; move them out"), {target}));
        return stop(diags, "", err);
    }
    auto files = workbook_files(dir);
    bool one = files.size() % 10 == 1 && files.size() % 100 != 11;
    out << "pvpp: nolasa " << files.size() << (one ? " pašnovērtējumu no " : " pašnovērtējumus no ") << dir << "\n";
    AssessmentRun run;
    for (auto& r : read_all(dir, files, assessment_form(session->corpus), out)) {
        diags.append(std::move(r.diags));
        if (r.assessment) { run.assessments.push_back(std::move(*r.assessment)); }
    }
    check_duplicates(run.assessments, diags);
    if (auto list = read_file_bytes(dir + "/" + k_expected_file)) {
        run.expected = expected_list(*list);
        run.has_expected_list = true;
    }
    if (diags.error_count() > 0) { return stop(diags, prefix, err); }
    auto read_ms = since(start);
    OutputFolder folder("novertejumi");
    render_assessment_files(session->corpus, session->index, run, folder, diags);
    if (diags.error_count() > 0) { return stop(diags, "", err); }
    if (!commit_folder(folder, target, err)) {
        err << "pvpp: " << fill(_("{1} was not changed"), {target}) << "\n";
        return 1;
    }
    auto ms = since(start);
    NationalPicture picture = national_picture({}, run.assessments, run.expected);
    out << "pvpp: " << summary(run) << "; pilnveides plānu projekti: " << run.assessments.size()
        << (run.has_expected_list ? "; nav iesniegušas: " + std::to_string(picture.missing.size()) : "")
        << "; kopaina: " << target << "/index.html (" << ms << " ms, no tiem lasīšana " << read_ms << " ms)\n";
    return 0;
}

}  // namespace pvpp
