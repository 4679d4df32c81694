// Every page and every card carries its Content-Security-Policy <meta> before anything the
// policy governs; the cards' policy lets through exactly their inline stylesheet, by hash.
#include <doctest/doctest.h>

#include <filesystem>

#include "cards_test_site.h"
#include "render/cards/cards_renderer.h"
#include "render/changes/change_report.h"
#include "render/common/output_folder.h"
#include "render/html/site_renderer.h"
#include "util/content_hash.h"

using namespace pvpp;
namespace fs = std::filesystem;

namespace {

const std::string k_site_policy =
    "<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'self'; script-src 'self'; "
    "style-src 'self'; img-src 'self'; object-src 'none'; base-uri 'none'; form-action 'self'\">";

// The policy once, right after <meta charset>, so that it governs every script and style.
void check_policy_first(const std::string& html, const std::string& policy, const std::string& name) {
    CAPTURE(name);
    std::size_t at = html.find(policy);
    REQUIRE(at != std::string::npos);
    CHECK(html.find(policy, at + 1) == std::string::npos);
    CHECK(html.rfind("<meta charset=\"utf-8\">\n", at) == at - 23);
    for (const char* governed : {"<script", "<link", "<style", "<img", "<svg"}) { CHECK(html.find(governed) > at); }
}

}  // namespace

TEST_CASE("csp_sha256 is the base64 SHA-256 a policy names inline content by") {
    CHECK(csp_sha256("") == "sha256-47DEQpj8HBSa+/TImW+5JCeuQeRkm5NMpJWZG3hSuFU=");
    CHECK(csp_sha256("abc") == "sha256-ungWv48Bz+pBQUDeXa4iI7ADYaOWF3qctBD/YfIAFa0=");
}

TEST_CASE("every site page carries the site's Content-Security-Policy first in its head") {
    auto site = test::cards_site();
    OutputFolder out("site");
    Diagnostics diags;
    SiteRenderer().render(site->context(), out, diags);
    REQUIRE(diags.error_count() == 0);
    int pages = 0;
    for (const auto& f : out.files()) {
        if (fs::path(f.path).extension() != ".html") { continue; }
        check_policy_first(f.bytes, k_site_policy, f.path);
        ++pages;
    }
    CHECK(pages > 10);
}

TEST_CASE("every card file allows exactly its own inline stylesheet and nothing else") {
    auto site = test::cards_site();
    Theme theme;
    Diagnostics diags;
    REQUIRE(theme.load(site->config.root, "default", card_templates(), diags));
    const std::string css = "body { color: #123; }\n";
    std::string policy = "<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src '" +
                         csp_sha256(css) + "'; base-uri 'none'; form-action 'none'\">";
    for (const auto& f : card_files(site->context(), theme, css)) {
        check_policy_first(f.bytes, policy, f.path);
        CHECK(f.bytes.find("<style>" + css + "</style>") != std::string::npos);
    }
}

TEST_CASE("the change report allows only its own stylesheets") {
    Theme theme;
    Diagnostics diags;
    REQUIRE(theme.load(PVPP_SOURCE_DIR, "default", change_report_templates(), diags));
    auto files = change_report_files(ChangeSet{}, {"a", "b", "Vide"}, theme);
    REQUIRE(!files.empty());
    CHECK(files.front().path == "index.html");
    check_policy_first(files.front().bytes,
                       "<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src 'self'; "
                       "base-uri 'none'; form-action 'none'\">",
                       "izmainas/index.html");
}
