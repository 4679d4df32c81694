// The outcome of the last build, shared by the rebuild loop and the server's threads,
// and its two wire forms: JSON (/__pvpp/status) and a server-sent event (/__pvpp/events).
#pragma once
#include <chrono>
#include <condition_variable>
#include <mutex>
#include <string>

namespace pvpp {

/// What the browser needs to know about the builds so far.
struct BuildStatus {
    long build = 0;      ///< number of the last good build, the one being served (0: none yet)
    bool ok = true;      ///< false when the latest build failed (the last good site stays served)
    std::string report;  ///< the failed build's diagnostics, as the terminal shows them
    long sequence = 0;   ///< counts every build, good or failed: event streams wait for it to move
    long ms = 0;         ///< how long the latest build took
};

/// Written by the rebuild loop, read and waited on by any number of event streams.
class StatusBoard {
   public:
    void publish_success(long ms);
    void publish_failure(std::string report, long ms);
    BuildStatus current() const;
    /// Blocks until a build after sequence `seen` is published, `timeout` passes or
    /// stop() is called; returns the status then.
    BuildStatus wait_newer(long seen, std::chrono::milliseconds timeout) const;
    /// Wakes every waiter for good: the server is shutting down.
    void stop();
    bool stopped() const;

   private:
    void publish(bool ok, std::string report, long ms);

    mutable std::mutex m_mutex;
    mutable std::condition_variable m_changed;
    BuildStatus m_status;
    bool m_stopped = false;
};

/// {"build":N,"ok":true,"report":"…","ms":N}
std::string status_json(const BuildStatus& status);

/// One server-sent event: "reload" after a good build, "problem" after a failed one,
/// with status_json as its data.
std::string status_event(const BuildStatus& status);

}  // namespace pvpp
