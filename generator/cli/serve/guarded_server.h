// cpp-httplib's server made hard to starve by local clients (other users of the machine,
// scripts of pages open in the browser): every connection gets a thread of its own, up to
// a limit; a request must arrive whole within a few seconds of its first byte; an idle
// connection is closed; the listen queue is long. Debian's httplib is a compiled library,
// so its macros (CPPHTTPLIB_LISTEN_BACKLOG, …) cannot be changed: the connection's loop
// and stream are ours, the request parsing and routing httplib's.
#pragma once
#include <httplib.h>

#include <atomic>
#include <chrono>

namespace pvpp {

class GuardedServer : public httplib::Server {
   public:
    /// Connections served at once; one more is closed at once until others end.
    static constexpr int k_max_connections = 256;
    /// How long a connection may wait idle for its (next) request.
    static constexpr auto k_idle = std::chrono::seconds(5);
    /// How long a request may take to arrive whole once its first byte has come.
    static constexpr auto k_request_deadline = std::chrono::seconds(3);
    /// The listen queue (httplib's own is 5).
    static constexpr int k_backlog = 512;

    GuardedServer();
    /// After bind_to_port: lengthens the listen queue to k_backlog.
    void raise_backlog();

   private:
    bool process_and_close_socket(socket_t sock) override;
    void serve_connection(socket_t sock);
};

}  // namespace pvpp
