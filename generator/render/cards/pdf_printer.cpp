#include "render/cards/pdf_printer.h"

#include <sys/wait.h>
#include <unistd.h>

#include <algorithm>
#include <cstdlib>
#include <filesystem>
#include <map>
#include <thread>

#include "render/cards/pdf_reproducible.h"
#include "util/message.h"
#include "util/process.h"
#include "util/scratch_dir.h"

namespace pvpp {
namespace {

namespace fs = std::filesystem;

std::string pdf_name(const std::string& html) { return html.substr(0, html.rfind('.')) + ".pdf"; }

// A fresh folder for Chromium's profiles (folder, "" when it could not be made), outside the
// output tree, gets the link "out" to the folder the cards lie in. Chromium prints through the
// link: the file:// URLs it writes into the PDFs then have the same length in every build (they
// are made relative afterwards, in place), so two builds to different --out folders give the same bytes.
bool link_print_folder(const std::string& folder, const fs::path& out_root, std::string& error) {
    std::error_code ec;
    if (folder.empty()) {
        error = fill(_("cannot create a folder for Chromium's profiles in {1}"), {fs::temp_directory_path(ec).string()});
        return false;
    }
    fs::create_directory_symlink(out_root, fs::path(folder) / "out", ec);
    if (ec) { error = fill(_("cannot link {1} from {2}: {3}"), {out_root.string(), folder, ec.message()}); }
    return !ec;
}

}  // namespace

std::string find_chromium() {
    for (const char* name : {"chromium", "chromium-browser"}) {
        if (std::string found = find_on_path(name); !found.empty()) { return found; }
    }
    return "";
}

std::vector<std::string> chromium_print_args(const std::string& browser, const std::string& html,
                                             const std::string& pdf, const std::string& profile) {
    return {browser, "--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
            "--no-first-run", "--no-pdf-header-footer", "--user-data-dir=" + profile, "--print-to-pdf=" + pdf,
            file_url(html)};
}

bool print_pdfs(const std::string& browser, const std::string& dir, const std::vector<std::string>& files,
                std::string& error) {
    std::error_code ec;
    fs::path abs = fs::absolute(dir, ec).lexically_normal();
    if (!abs.has_filename()) { abs = abs.parent_path(); }
    ScratchDir scratch("pvpp-chromium");  // removed with the link "out", never what it points to
    if (!link_print_folder(scratch.path(), abs.parent_path(), error)) { return false; }
    fs::path profiles = scratch.path();
    fs::path via = profiles / "out" / abs.filename();  // the cards folder, through the link
    // A browser per core at most: more only makes each start slower.
    std::size_t parallel = std::clamp<std::size_t>(std::thread::hardware_concurrency(), 1, 4);
    std::map<pid_t, std::string> running;
    std::vector<std::string> failed;
    auto reap_one = [&] {
        int status = 0;
        pid_t pid = waitpid(-1, &status, 0);
        auto it = running.find(pid);
        if (it == running.end()) { return; }
        fs::path pdf = abs / pdf_name(it->second);
        bool ok = WIFEXITED(status) && WEXITSTATUS(status) == 0 && fs::exists(pdf) &&
                  make_pdf_reproducible(pdf.string(), (profiles / "out").string());
        if (!ok) { failed.push_back(it->second); }
        running.erase(it);
    };
    for (std::size_t i = 0; i < files.size(); ++i) {
        if (running.size() >= parallel) { reap_one(); }
        std::string profile = (profiles / std::to_string(i)).string();
        pid_t pid = spawn_quiet(chromium_print_args(browser, (via / files[i]).string(),
                                                    (abs / pdf_name(files[i])).string(), profile));
        if (pid < 0) {
            failed.push_back(files[i]);
        } else {
            running[pid] = files[i];
        }
    }
    while (!running.empty()) { reap_one(); }
    std::string files_failed;
    for (const auto& f : failed) { files_failed += (files_failed.empty() ? "" : ", ") + f; }
    if (!failed.empty()) { error = fill(_("Chromium could not print {1}"), {files_failed}); }
    return failed.empty();
}

}  // namespace pvpp
