// Values reach the theme's templates escaped for where they stand (text, attribute, URL),
// even values the loader would have refused: here they are put into the model directly.
#include <doctest/doctest.h>

#include <filesystem>
#include <regex>

#include "cards_test_site.h"
#include "render/cards/cards_renderer.h"
#include "render/common/output_folder.h"
#include "render/html/site_renderer.h"

using namespace pvpp;
namespace fs = std::filesystem;

namespace {

const std::string k_payload = "<script>alert(1)</script>\"><img src=x onerror=alert(1)>'-alert(1)-'";
const std::string k_escaped =
    "&lt;script&gt;alert(1)&lt;/script&gt;&quot;&gt;&lt;img src=x onerror=alert(1)&gt;&#39;-alert(1)-&#39;";

std::unique_ptr<test::Site> site_past_validation() {
    auto site = test::cards_site();
    site->corpus.site.title = k_payload;
    site->corpus.site.further_info_url = "javascript:alert(1)";
    site->corpus.site.support_email = k_payload;
    site->corpus.tasks.front().name = k_payload;
    return site;
}

std::vector<std::string> rendered_files(const test::Site& site) {
    OutputFolder out("site");
    Diagnostics diags;
    SiteRenderer().render(site.context(), out, diags);
    std::vector<std::string> files;
    for (const auto& f : out.files()) {
        if (fs::path(f.path).extension() == ".html") { files.push_back(f.bytes); }
    }
    Theme theme;
    REQUIRE(theme.load(site.config.root, "default", card_templates(), diags));
    for (const auto& f : card_files(site.context(), theme, "")) { files.push_back(f.bytes); }
    return files;
}

}  // namespace

TEST_CASE("template values are escaped for their context even when validation is skipped") {
    auto site = site_past_validation();
    std::vector<std::string> files = rendered_files(*site);
    REQUIRE(files.size() > 10);
    const std::regex script_address("(href|src|action)=\"\\s*javascript:", std::regex::icase);
    for (const auto& html : files) {
        CHECK(html.find("<script>") == std::string::npos);
        CHECK(html.find("<img") == std::string::npos);
        CHECK_FALSE(std::regex_search(html, script_address));
        CHECK(html.find(k_escaped) != std::string::npos);  // the title, at least
    }
    // ctemplate's URL modifier (:U=html) writes "#" for an address that could run script.
    CHECK(files.front().find("<a href=\"#\">javascript:alert(1)</a>") != std::string::npos);
}
