// `pvpp serve`: build, serve the site on 127.0.0.1, rebuild after every save and make the
// open pages reload, or show a failed build's diagnostics over them while the last good
// site stays served.
#include <signal.h>
#include <sys/signalfd.h>
#include <unistd.h>

#include <algorithm>
#include <cstring>
#include <filesystem>
#include <sstream>

#include "cli/commands.h"
#include "cli/serve/preview_server.h"
#include "cli/serve/status_board.h"
#include "util/file_watcher.h"
#include "util/message.h"

namespace pvpp {
namespace {

using Clock = std::chrono::steady_clock;

// One save makes a few events within milliseconds; 30 ms of silence ends the burst.
constexpr auto k_quiet = std::chrono::milliseconds(30);

long ms_since(Clock::time_point start) {
    return static_cast<long>(std::chrono::duration_cast<std::chrono::milliseconds>(Clock::now() - start).count());
}

// SIGINT and SIGTERM as a readable descriptor: blocked in every thread (the server's threads
// inherit the mask), so the watch loop sees them in poll() and the server stops in order.
// SIGPIPE is ignored: a tab closed mid-answer must not end the server.
class StopSignals {
   public:
    StopSignals() {
        sigemptyset(&m_set);
        sigaddset(&m_set, SIGINT);
        sigaddset(&m_set, SIGTERM);
        pthread_sigmask(SIG_BLOCK, &m_set, &m_old_mask);
        m_fd = signalfd(-1, &m_set, SFD_CLOEXEC);
        if (m_fd < 0) { pthread_sigmask(SIG_SETMASK, &m_old_mask, nullptr); }  // Ctrl+C then ends the process
        m_old_pipe = signal(SIGPIPE, SIG_IGN);
    }
    ~StopSignals() {
        if (m_fd >= 0) { ::close(m_fd); }
        signal(SIGPIPE, m_old_pipe);
        pthread_sigmask(SIG_SETMASK, &m_old_mask, nullptr);
    }
    StopSignals(const StopSignals&) = delete;
    StopSignals& operator=(const StopSignals&) = delete;

    int fd() const { return m_fd; }
    /// The signal that arrived, by name.
    std::string take() const {
        signalfd_siginfo info{};
        if (::read(m_fd, &info, sizeof info) != sizeof info) { return "signāls"; }
        return info.ssi_signo == SIGINT ? "SIGINT" : "SIGTERM";
    }

   private:
    sigset_t m_set{};
    sigset_t m_old_mask{};
    int m_fd = -1;
    sighandler_t m_old_pipe = SIG_DFL;
};

struct ServeSession {
    const Options& options;
    PreviewServer& server;
    StatusBoard& board;
    std::ostream& out;
    std::ostream& err;
};

// What the overlay shows: the findings without pvpp's own closing lines ("build stopped; …"),
// which the overlay's title says in Latvian; kept when they are all there is.
std::string overlay_report(const std::string& diagnostics) {
    std::string kept;
    std::istringstream lines(diagnostics);
    for (std::string line; std::getline(lines, line);) {
        if (!line.starts_with("pvpp: ")) { kept += line + "\n"; }
    }
    return kept.empty() ? diagnostics : kept;
}

// One build while no request reads the output; the outcome goes to the board (and so to
// every open page) before requests resume, and the diagnostics to the terminal.
BuildStatus build_once(ServeSession& s, std::ostream& build_out) {
    std::ostringstream diagnostics;
    auto started = Clock::now();
    s.server.replace_site([&] {
        int status = run_build(s.options, build_out, diagnostics);
        if (status == 0) {
            s.board.publish_success(ms_since(started));
        } else {
            s.board.publish_failure(overlay_report(diagnostics.str()), ms_since(started));
        }
    });
    s.err << diagnostics.str() << std::flush;
    return s.board.current();
}

// Names the saved files. An editor's temporary file (sed's, an IDE's) is renamed away by
// the time the burst ends, and a folder made for a new file shows up beside it: neither is
// what the editor saved. A burst whose files are all gone was a deletion.
std::string describe(const std::string& root, const std::vector<std::string>& paths) {
    std::error_code ec;
    std::vector<std::string> saved;
    for (const auto& p : paths) {
        if (std::filesystem::is_regular_file(root + "/" + p, ec)) { saved.push_back(p); }
    }
    if (saved.empty()) { return fill(_("{1} (deleted)"), {paths.front()}); }
    if (saved.size() == 1) { return saved.front(); }
    if (saved.size() == 2) { return fill(_("{1} and {2}"), {saved[0], saved[1]}); }
    return fill(_("{1} and {2} more files"), {saved.front(), std::to_string(saved.size() - 1)});
}

void rebuild(ServeSession& s, const FileBurst& burst) {
    std::ostringstream quiet;  // the build's own progress lines would repeat at every save
    BuildStatus status = build_once(s, quiet);
    std::string saved = describe(s.options.root, burst.paths), ms = std::to_string(status.ms);
    s.out << "pvpp: "
          << (status.ok
                  ? fill(_("{1} → rebuilt ({2} ms; {3} ms from the save to the reload)"),
                         {saved, ms, std::to_string(ms_since(burst.first_seen))})
                  : fill(_("{1} → errors in the content; the browser keeps the previous site ({2} ms)"), {saved, ms}))
          << "\n"
          << std::flush;
}

// Until SIGINT or SIGTERM: wait for a burst of saves, rebuild, repeat.
void watch_and_rebuild(ServeSession& s, FileWatcher& watcher, int signal_fd) {
    for (;;) {
        FileBurst burst = watcher.wait_for_burst(std::chrono::hours(1), k_quiet, signal_fd);
        if (burst.interrupted) { return; }
        if (!burst.paths.empty()) { rebuild(s, burst); }
    }
}

}  // namespace

int run_serve(const Options& options, std::ostream& out, std::ostream& err) {
    StopSignals signals;
    StatusBoard board;
    PreviewServer server(options.out, board);
    int port = server.bind(options.port);
    if (port < 0) {
        err << "pvpp: "
            << fill(_("cannot listen on 127.0.0.1:{1} – the port may be taken; choose another one with --port"),
                    {std::to_string(options.port)})
            << "\n";
        return 1;
    }
    FileWatcher watcher(options.root, {"content", "data", "themes"});
    std::string problem;
    if (!watcher.ok(problem)) {
        err << "pvpp: " << fill(_("cannot follow changes ({1}); the site will not be rebuilt"), {problem}) << "\n";
    }
    ServeSession session{options, server, board, out, err};
    if (!build_once(session, out).ok) {
        out << "pvpp: " << _("the content has errors; the site will be rebuilt once they are fixed") << "\n";
    }
    server.start();
    out << "pvpp: " << fill(_("listening on http://127.0.0.1:{1}/ (stop: Ctrl+C)"), {std::to_string(port)}) << "\n"
        << "pvpp: "
        << (options.review ? _("showing the review edition (not for publishing); the public one: pvpp serve --public")
                           : _("showing the public edition; the review edition: pvpp serve without --public"))
        << "\n"
        << std::flush;
    watch_and_rebuild(session, watcher, signals.fd());
    server.stop();
    out << "pvpp: " << fill(_("{1} – server stopped"), {signals.take()}) << "\n" << std::flush;
    return 0;
}

}  // namespace pvpp
