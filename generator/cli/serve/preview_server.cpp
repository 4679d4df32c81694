#include "cli/serve/preview_server.h"

#include <httplib.h>

#include <atomic>
#include <optional>
#include <shared_mutex>
#include <thread>

#include "cli/commands.h"
#include "cli/serve/content_types.h"
#include "cli/serve/guarded_server.h"
#include "cli/serve/loopback_host.h"
#include "cli/serve/reload_client.h"
#include "cli/serve/reload_injection.h"
#include "cli/serve/site_files.h"
#include "util/file_system.h"
#include "util/message.h"

namespace pvpp {

namespace {

// Idle event streams send a comment this often, so a closed tab is noticed and its thread freed.
constexpr auto k_heartbeat = std::chrono::seconds(15);
// Every open tab holds a connection and its thread with its event stream: more get 503
// (the page then works without reloading), so that streams cannot use up the server.
constexpr int k_max_event_streams = 64;

// Shown for a missing page when the build wrote no 404.html (e.g. the first build failed).
constexpr const char* k_fallback_page =
    "<!DOCTYPE html>\n<html lang=\"lv\"><head><meta charset=\"utf-8\"><title>Lapa nav atrasta</title></head>"
    "<body><h1>Lapa nav atrasta</h1><p>Šādas lapas nav, vai vietne vēl nav izveidota: kļūdas ir redzamas "
    "terminālī, kur darbojas pvpp serve.</p></body></html>\n";

}  // namespace

struct PreviewServer::Impl {
    std::string out_dir;
    std::vector<std::string> beside_site;  // the build's other output folders, which the site links to
    StatusBoard& board;
    GuardedServer server;
    std::atomic<int> event_streams = 0;
    std::shared_mutex site_lock;  // shared: a request reads files; exclusive: a build replaces them
    std::thread thread;
    std::atomic<bool> listening_ended = false;

    Impl(std::string dir, StatusBoard& b) : out_dir(std::move(dir)), beside_site(renderer_folders()), board(b) {}

    void send_page(httplib::Response& res, std::string bytes, const std::string& type) {
        if (is_html_type(type)) { bytes = inject_reload_script(std::move(bytes), board.current().build); }
        res.set_content(bytes, type);
    }

    void serve_file(const httplib::Request& req, httplib::Response& res) {
        std::shared_lock lock(site_lock);
        SiteFile found = resolve_site_file(out_dir, req.path, beside_site);
        if (found.kind == SiteFile::Kind::redirect) {
            res.set_redirect(found.target, 301);
            return;
        }
        std::optional<std::string> bytes;
        if (found.kind == SiteFile::Kind::file) { bytes = read_file_bytes(found.target); }
        if (bytes) {
            send_page(res, std::move(*bytes), content_type_for(found.target));
            return;
        }
        res.status = 404;
        auto page = read_file_bytes(out_dir + "/site/404.html");
        send_page(res, page ? std::move(*page) : std::string(k_fallback_page), content_type_for("404.html"));
    }

    // The current status at once, then every later one; a comment line while nothing happens.
    void serve_events(httplib::Response& res) {
        if (event_streams.fetch_add(1) >= k_max_event_streams) {
            event_streams.fetch_sub(1);
            res.status = 503;
            res.set_header("Retry-After", "60");
            res.set_content(std::string("pvpp serve: ") + _("too many open tabs") + "\n", "text/plain; charset=utf-8");
            return;
        }
        res.set_chunked_content_provider(
            "text/event-stream",
            [this, seen = -1L](std::size_t, httplib::DataSink& sink) mutable {
                BuildStatus s = seen < 0 ? board.current() : board.wait_newer(seen, k_heartbeat);
                if (board.stopped()) {
                    sink.done();
                    return true;
                }
                std::string text = s.sequence == seen ? std::string(": …\n\n") : status_event(s);
                if (seen < 0) { text = "retry: 500\n\n" + text; }
                seen = s.sequence;
                return sink.write(text.data(), text.size());
            },
            [this](bool) { event_streams.fetch_sub(1); });
    }

    void add_routes() {
        server.set_pre_routing_handler([](const httplib::Request& req, httplib::Response& res) {
            res.set_header("Cache-Control", "no-store");
            res.set_header("X-Content-Type-Options", "nosniff");
            if (is_loopback_host(req.get_header_value("Host"))) { return httplib::Server::HandlerResponse::Unhandled; }
            res.status = 403;
            res.set_content(std::string("pvpp serve: ") + _("only from this computer (127.0.0.1)") + "\n",
                            "text/plain; charset=utf-8");
            return httplib::Server::HandlerResponse::Handled;
        });
        server.Get("/__pvpp/reload.js", [](const httplib::Request&, httplib::Response& res) {
            res.set_content(k_reload_js, content_type_for("reload.js"));
        });
        server.Get("/__pvpp/reload.css", [](const httplib::Request&, httplib::Response& res) {
            res.set_content(k_reload_css, content_type_for("reload.css"));
        });
        server.Get("/__pvpp/status", [this](const httplib::Request&, httplib::Response& res) {
            res.set_content(status_json(board.current()), "application/json");
        });
        server.Get("/__pvpp/events", [this](const httplib::Request&, httplib::Response& res) { serve_events(res); });
        server.Get(".*", [this](const httplib::Request& req, httplib::Response& res) { serve_file(req, res); });
    }
};

PreviewServer::PreviewServer(std::string out_dir, StatusBoard& board)
    : m_impl(std::make_unique<Impl>(std::move(out_dir), board)) {
    m_impl->add_routes();
}

PreviewServer::~PreviewServer() { stop(); }

int PreviewServer::bind(int port) {
    int bound = port == 0 ? m_impl->server.bind_to_any_port("127.0.0.1")
                          : (m_impl->server.bind_to_port("127.0.0.1", port) ? port : -1);
    if (bound >= 0) { m_impl->server.raise_backlog(); }
    return bound;
}

void PreviewServer::start() {
    m_impl->thread = std::thread([this] {
        m_impl->server.listen_after_bind();
        m_impl->listening_ended = true;
    });
    // stop() has no effect on a server that is not yet running: wait until it runs.
    while (!m_impl->server.is_running() && !m_impl->listening_ended) {
        std::this_thread::sleep_for(std::chrono::milliseconds(1));
    }
}

void PreviewServer::replace_site(const std::function<void()>& build) {
    std::unique_lock lock(m_impl->site_lock);
    build();
}

void PreviewServer::stop() {
    m_impl->board.stop();  // first: the event streams end, so the server's threads can be joined
    m_impl->server.stop();
    if (m_impl->thread.joinable()) { m_impl->thread.join(); }
}

}  // namespace pvpp
