// The preview HTTP server of `pvpp serve` (cpp-httplib, loopback only): the build's files,
// the reload script, and the build status as JSON and as server-sent events.
#pragma once
#include <functional>
#include <memory>
#include <string>

#include "cli/serve/status_board.h"

namespace pvpp {

class PreviewServer {
   public:
    /// Serves the build in out_dir (site/ at "/"); reads the build status from board.
    PreviewServer(std::string out_dir, StatusBoard& board);
    ~PreviewServer();
    PreviewServer(const PreviewServer&) = delete;
    PreviewServer& operator=(const PreviewServer&) = delete;

    /// Binds 127.0.0.1:port (0: any free port); the port bound, or -1.
    int bind(int port);
    /// Answers requests on threads of its own until stop().
    void start();
    /// Runs `build` while no request reads the output folder, so a page is never read
    /// half replaced; requests that arrive meanwhile wait and then get the new files.
    void replace_site(const std::function<void()>& build);
    /// Ends the event streams and the server; returns when its threads have finished.
    void stop();

   private:
    struct Impl;  // keeps httplib.h out of this header
    std::unique_ptr<Impl> m_impl;
};

}  // namespace pvpp
