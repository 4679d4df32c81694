#include "cli/serve/guarded_server.h"

#include <arpa/inet.h>
#include <poll.h>
#include <sys/socket.h>
#include <sys/time.h>
#include <unistd.h>

#include <algorithm>
#include <array>
#include <cerrno>
#include <condition_variable>
#include <functional>
#include <memory>
#include <mutex>
#include <thread>

namespace pvpp {
namespace {

using Clock = std::chrono::steady_clock;

// Waits are cut into slices this long, so that a stopping server is noticed at once.
constexpr int k_slice_ms = 50;
constexpr auto k_write_timeout = std::chrono::seconds(5);

// Set on the listening thread while it runs a connection it has no thread for: the
// connection is closed at once instead of served there.
thread_local bool t_refuse = false;

int ms_until(Clock::time_point end) {
    auto left = std::chrono::duration_cast<std::chrono::milliseconds>(end - Clock::now()).count();
    return static_cast<int>(std::clamp<long long>(left, 0, k_slice_ms));
}

// Polls sock for events until one comes (true), end passes or stopping says so (false).
bool wait_for(int sock, short events, Clock::time_point end, const std::function<bool()>& stopping) {
    while (!stopping()) {
        pollfd p{sock, events, 0};
        int r = ::poll(&p, 1, ms_until(end));
        if (r > 0) { return true; }
        if ((r < 0 && errno != EINTR) || Clock::now() >= end) { return false; }
    }
    return false;
}

void address_of(int sock, bool peer, std::string& ip, int& port) {
    sockaddr_storage a{};
    socklen_t len = sizeof a;
    int r = peer ? ::getpeername(sock, reinterpret_cast<sockaddr*>(&a), &len)
                 : ::getsockname(sock, reinterpret_cast<sockaddr*>(&a), &len);
    std::array<char, INET6_ADDRSTRLEN> text{};
    if (r == 0 && a.ss_family == AF_INET) {
        auto* in = reinterpret_cast<sockaddr_in*>(&a);
        ::inet_ntop(AF_INET, &in->sin_addr, text.data(), text.size());
        port = ntohs(in->sin_port);
    } else if (r == 0 && a.ss_family == AF_INET6) {
        auto* in6 = reinterpret_cast<sockaddr_in6*>(&a);
        ::inet_ntop(AF_INET6, &in6->sin6_addr, text.data(), text.size());
        port = ntohs(in6->sin6_port);
    }
    ip = text.data();
}

// A connection's socket as httplib reads and writes it, with one deadline for all the
// reads of a request: a client that sends a byte a second cannot hold its thread.
class DeadlineStream : public httplib::Stream {
   public:
    DeadlineStream(int sock, std::function<bool()> stopping) : m_sock(sock), m_stopping(std::move(stopping)) {}

    /// Waits up to idle for the next request's first byte (or the end of the connection).
    bool wait_for_request(Clock::duration idle) {
        return m_pos < m_len || wait_for(m_sock, POLLIN, Clock::now() + idle, m_stopping);
    }
    /// The request now arriving must be read whole within `within`.
    void start_request(Clock::duration within) { m_deadline = Clock::now() + within; }

    bool is_readable() const override {
        return m_pos < m_len || wait_for(m_sock, POLLIN, m_deadline, m_stopping);
    }
    // Not cut short by a stopping server: an event stream's last chunk is written then.
    bool is_writable() const override {
        if (!wait_for(m_sock, POLLOUT, Clock::now() + k_write_timeout, [] { return false; })) { return false; }
        pollfd p{m_sock, POLLIN, 0};  // readable now: data (alive) or the client's close
        if (::poll(&p, 1, 0) <= 0) { return true; }
        char byte = 0;
        return ::recv(m_sock, &byte, 1, MSG_PEEK | MSG_DONTWAIT) > 0;
    }
    ssize_t read(char* ptr, size_t size) override {
        if (m_pos == m_len) {
            ssize_t n = fill();
            if (n <= 0) { return n; }
        }
        std::size_t n = std::min(size, m_len - m_pos);
        std::copy_n(m_buffer.data() + m_pos, n, ptr);
        m_pos += n;
        return static_cast<ssize_t>(n);
    }
    ssize_t write(const char* ptr, size_t size) override {
        if (!is_writable()) { return -1; }
        ssize_t n;
        do {
            n = ::send(m_sock, ptr, size, MSG_NOSIGNAL);
        } while (n < 0 && errno == EINTR);
        return n;
    }
    void get_remote_ip_and_port(std::string& ip, int& port) const override { address_of(m_sock, true, ip, port); }
    void get_local_ip_and_port(std::string& ip, int& port) const override { address_of(m_sock, false, ip, port); }
    socket_t socket() const override { return m_sock; }

   private:
    // Bytes into the buffer before the deadline: their count, 0 at the connection's end, -1
    // when the deadline passed, the server stops or the socket failed.
    ssize_t fill() {
        while (wait_for(m_sock, POLLIN, m_deadline, m_stopping)) {
            ssize_t n = ::recv(m_sock, m_buffer.data(), m_buffer.size(), MSG_DONTWAIT);
            if (n >= 0) {
                m_pos = 0;
                m_len = static_cast<std::size_t>(n);
                return n;
            }
            if (errno != EINTR && errno != EAGAIN) { return -1; }
        }
        return -1;
    }

    int m_sock;
    std::function<bool()> m_stopping;
    Clock::time_point m_deadline = Clock::now();
    std::array<char, 4096> m_buffer{};
    std::size_t m_pos = 0;
    std::size_t m_len = 0;
};

// A thread for every connection, up to k_max_connections; shutdown() waits for them all.
class ThreadPerConnection : public httplib::TaskQueue {
   public:
    void enqueue(std::function<void()> fn) override {
        if (!take_slot()) { return refuse(fn); }
        auto job = std::make_shared<std::function<void()>>(std::move(fn));
        try {
            std::thread([this, job] {
                (*job)();
                release_slot();
            }).detach();
        } catch (const std::system_error&) {  // no thread to be had: the connection is closed
            release_slot();
            refuse(*job);
        }
    }
    void shutdown() override {
        std::unique_lock lock(m_mutex);
        m_ended.wait(lock, [this] { return m_running == 0; });
    }

   private:
    bool take_slot() {
        std::lock_guard lock(m_mutex);
        if (m_running >= GuardedServer::k_max_connections) { return false; }
        ++m_running;
        return true;
    }
    void release_slot() {
        std::lock_guard lock(m_mutex);
        if (--m_running == 0) { m_ended.notify_all(); }
    }
    static void refuse(const std::function<void()>& fn) {
        t_refuse = true;
        fn();
        t_refuse = false;
    }

    std::mutex m_mutex;
    std::condition_variable m_ended;
    int m_running = 0;
};

}  // namespace

GuardedServer::GuardedServer() {
    new_task_queue = [] { return new ThreadPerConnection; };
}

void GuardedServer::raise_backlog() {
    // Calling listen() again on a listening socket changes its queue's length (Linux).
    if (svr_sock_ != INVALID_SOCKET) { ::listen(svr_sock_, k_backlog); }
}

bool GuardedServer::process_and_close_socket(socket_t sock) {
    if (!t_refuse) { serve_connection(sock); }
    ::shutdown(sock, SHUT_RDWR);
    ::close(sock);
    return true;
}

// httplib's own loop, with our stream: up to keep_alive_max_count_ requests, each awaited
// for k_idle at most and read within k_request_deadline.
void GuardedServer::serve_connection(socket_t sock) {
    // A client that stops reading must not hold a send() for ever either.
    timeval send_limit{std::chrono::duration_cast<std::chrono::seconds>(k_write_timeout).count(), 0};
    ::setsockopt(sock, SOL_SOCKET, SO_SNDTIMEO, &send_limit, sizeof send_limit);
    DeadlineStream stream(sock, [this] { return svr_sock_ == INVALID_SOCKET; });
    for (std::size_t left = keep_alive_max_count_; left > 0; --left) {
        if (!stream.wait_for_request(k_idle)) { return; }
        stream.start_request(k_request_deadline);
        bool closed = false;
        if (!process_request(stream, left == 1, closed, nullptr) || closed) { return; }
    }
}

}  // namespace pvpp
