// The parts of `pvpp serve` that need no socket: which file a request names, its type,
// the injected script tag, the status on the wire, and the --port option.
#include <doctest/doctest.h>

#include <filesystem>
#include <fstream>
#include <sstream>

#include "cli/options.h"
#include "cli/serve/content_types.h"
#include "cli/serve/loopback_host.h"
#include "cli/serve/reload_injection.h"
#include "cli/serve/site_files.h"
#include "cli/serve/status_board.h"
#include "scratch.h"

namespace fs = std::filesystem;
using pvpp::SiteFile;

namespace {

void write(const fs::path& p, const std::string& text) {
    fs::create_directories(p.parent_path());
    std::ofstream(p, std::ios::binary) << text;
}

// OUT with a site, a workbook beside it, and a secret outside it.
fs::path make_output() {
    // Per process: other checkouts on the machine may run this test at the same time.
    fs::path root = pvpp::test::scratch_path("pvpp-serve-files");
    fs::remove_all(root);
    write(root / "out/site/index.html", "<html>");
    write(root / "out/site/lv/uzdevumi/pu2-10/index.html", "<html>");
    write(root / "out/xlsx/PVPP2024–2027_1.pielikums.xlsx", "PK");
    write(root / "out/.pvpp-cache/build-stamp", "/home/lietotajs/pvpp");
    write(root / "out/izmainas/index.html", "<html>");
    write(root / "out/notes.txt", "secret");
    write(root / "secret.txt", "secret");
    return root;
}

std::string resolved(const fs::path& root, const std::string& url) {
    SiteFile f = pvpp::resolve_site_file((root / "out").string(), url, {"xlsx", "cards", "data", "publish"});
    if (f.kind == SiteFile::Kind::redirect) { return "redirect " + f.target; }
    if (f.kind == SiteFile::Kind::missing) { return "missing"; }
    return fs::relative(f.target, root / "out").string();
}

}  // namespace

TEST_CASE("request paths name files of the site, then of the folders beside it") {
    fs::path root = make_output();
    CHECK(resolved(root, "/") == "site/index.html");
    CHECK(resolved(root, "/lv/uzdevumi/pu2-10/") == "site/lv/uzdevumi/pu2-10/index.html");
    CHECK(resolved(root, "/lv/uzdevumi/pu2-10") == "redirect /lv/uzdevumi/pu2-10/");
    CHECK(resolved(root, "/xlsx/PVPP2024–2027_1.pielikums.xlsx") == "xlsx/PVPP2024–2027_1.pielikums.xlsx");
    CHECK(resolved(root, "/xlsx") == "redirect /xlsx/");
    CHECK(resolved(root, "/lv/nav/") == "missing");
    fs::remove_all(root);
}

TEST_CASE("only the site and the output folders beside it are served, not the rest of OUT") {
    fs::path root = make_output();
    for (const char* url : {"/.pvpp-cache/build-stamp", "/.pvpp-cache", "/izmainas/index.html", "/notes.txt",
                            "/site/index.html"}) {
        CHECK_MESSAGE(resolved(root, url) == "missing", url);
    }
    fs::remove_all(root);
}

TEST_CASE("the Host header must name this machine exactly, with at most a numeric port") {
    for (const char* host : {"localhost", "127.0.0.1", "[::1]", "localhost:8080", "127.0.0.1:1", "[::1]:65535",
                             "LocalHost:80"}) {
        CHECK_MESSAGE(pvpp::is_loopback_host(host), host);
    }
    for (const char* host : {"", "localhost:1@evil", "[::1]evil", "127.0.0.1:x.evil.com", "localhost:",
                             "localhost.evil.com", "127.0.0.1.evil.com", "evil.com:80", "[::1]:80:80",
                             "localhost:123456", "127.0.0.1 ", "[::1", "::1", "localhost:+80"}) {
        CHECK_FALSE_MESSAGE(pvpp::is_loopback_host(host), host);
    }
}

TEST_CASE("no request path leaves the output folder") {
    fs::path root = make_output();
    fs::create_symlink(root / "secret.txt", root / "out/site/link.txt");
    for (const char* url : {"/../secret.txt", "/../../secret.txt", "/site/../../secret.txt", "/./index.html",
                            "//secret.txt", "/lv//uzdevumi/", "/..\\secret.txt", "/link.txt", "secret.txt",
                            "/lv/uzdevumi/pu2-10/../../../../secret.txt"}) {
        CHECK_MESSAGE(resolved(root, url) == "missing", url);
    }
    CHECK(resolved(root, std::string("/index.html\0/../x", 17)) == "missing");
    fs::remove_all(root);
}

TEST_CASE("redirects percent-encode what is not plain ASCII") {
    CHECK(pvpp::encode_url_path("/lv/a b/ā\"<>") == "/lv/a%20b/%C4%81%22%3C%3E");
}

TEST_CASE("content types follow the extension") {
    CHECK(pvpp::content_type_for("lv/x/index.html") == "text/html; charset=utf-8");
    CHECK(pvpp::content_type_for("static/style.CSS") == "text/css; charset=utf-8");
    CHECK(pvpp::content_type_for("static/search.js") == "text/javascript; charset=utf-8");
    CHECK(pvpp::content_type_for("lv/a.svg") == "image/svg+xml");
    CHECK(pvpp::content_type_for("x/a.json") == "application/json");
    CHECK(pvpp::content_type_for("cards/PU2-10.pdf") == "application/pdf");
    CHECK(pvpp::content_type_for("xlsx/a.xlsx") == "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
    CHECK(pvpp::content_type_for("a.d/README") == "application/octet-stream");
    CHECK(pvpp::is_html_type("text/html; charset=utf-8"));
    CHECK_FALSE(pvpp::is_html_type("text/css; charset=utf-8"));
}

TEST_CASE("the reload script goes before </head>, else before <body>, else at the end") {
    const std::string tag = "<script src=\"/__pvpp/reload.js\" data-build=\"3\" defer></script>";
    CHECK(pvpp::inject_reload_script("<html><HEAD><title>x</title></HEAD><body></body>", 3) ==
          "<html><HEAD><title>x</title>" + tag + "</HEAD><body></body>");
    CHECK(pvpp::inject_reload_script("<p>x</p><body class=a>", 3) == "<p>x</p>" + tag + "<body class=a>");
    CHECK(pvpp::inject_reload_script("<p>x</p>", 3) == "<p>x</p>" + tag);
}

TEST_CASE("the build status: good builds count up, a failure keeps the last good number") {
    pvpp::StatusBoard board;
    board.publish_success(12);
    board.publish_failure("content/a.toml:1:2: error: \"x\"\n  line\n", 5);
    pvpp::BuildStatus s = board.current();
    CHECK(s.build == 1);
    CHECK(s.sequence == 2);
    CHECK(pvpp::status_json(s) ==
          R"({"build":1,"ok":false,"report":"content/a.toml:1:2: error: \"x\"\n  line\n","ms":5})");
    CHECK(pvpp::status_event(s) == "event: problem\ndata: " + pvpp::status_json(s) + "\n\n");
    board.publish_success(7);
    CHECK(pvpp::status_event(board.current()).starts_with("event: reload\ndata: {\"build\":2,\"ok\":true"));
    CHECK(board.wait_newer(2, std::chrono::seconds(20)).sequence == 3);  // already newer: no wait
    board.stop();
    CHECK(board.wait_newer(3, std::chrono::hours(1)).sequence == 3);  // stopped: no wait
}

TEST_CASE("--port takes a number 0…65535") {
    std::ostringstream err;
    auto o = pvpp::parse_options({"serve", "--port", "0"}, err);
    REQUIRE(o);
    CHECK(o->command == "serve");
    CHECK(o->port == 0);
    CHECK(pvpp::parse_options({"serve"}, err)->port == 8080);
    for (const char* bad : {"65536", "-1", "80a", "", "123456"}) {
        std::ostringstream e;
        CHECK_FALSE_MESSAGE(pvpp::parse_options({"serve", "--port", bad}, e), bad);
        CHECK(e.str() == "pvpp: pēc --port jānorāda porta numurs 0…65535\n");
    }
}
