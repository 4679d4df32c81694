#include "cli/serve/status_board.h"

#include "util/json_string.h"

namespace pvpp {

void StatusBoard::publish_success(long ms) { publish(true, "", ms); }

void StatusBoard::publish_failure(std::string report, long ms) { publish(false, std::move(report), ms); }

// A good build is the next one served; a failed one leaves the last good one served.
void StatusBoard::publish(bool ok, std::string report, long ms) {
    {
        std::lock_guard lock(m_mutex);
        m_status = {m_status.build + (ok ? 1 : 0), ok, std::move(report), m_status.sequence + 1, ms};
    }
    m_changed.notify_all();
}

BuildStatus StatusBoard::current() const {
    std::lock_guard lock(m_mutex);
    return m_status;
}

BuildStatus StatusBoard::wait_newer(long seen, std::chrono::milliseconds timeout) const {
    std::unique_lock lock(m_mutex);
    m_changed.wait_for(lock, timeout, [&] { return m_stopped || m_status.sequence > seen; });
    return m_status;
}

void StatusBoard::stop() {
    {
        std::lock_guard lock(m_mutex);
        m_stopped = true;
    }
    m_changed.notify_all();
}

bool StatusBoard::stopped() const {
    std::lock_guard lock(m_mutex);
    return m_stopped;
}

std::string status_json(const BuildStatus& status) {
    return "{\"build\":" + std::to_string(status.build) + ",\"ok\":" + (status.ok ? "true" : "false") +
           ",\"report\":" + json_quote(status.report) + ",\"ms\":" + std::to_string(status.ms) + "}";
}

// The JSON holds no raw line break (json_quote escapes them), so it fits one data: line.
std::string status_event(const BuildStatus& status) {
    return std::string("event: ") + (status.ok ? "reload" : "problem") + "\ndata: " + status_json(status) + "\n\n";
}

}  // namespace pvpp
