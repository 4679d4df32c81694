// cmark-gfm on every core at once: the same HTML as one parse at a time.
#include <doctest/doctest.h>

#include <string>
#include <thread>
#include <vector>

#include "util/markdown_parser.h"

using namespace pvpp;

namespace {

std::string to_html(const std::string& markdown) {
    CmarkDocument doc = parse_markdown(markdown);
    char* html = cmark_render_html(doc.get(), k_markdown_options, markdown_extensions());
    std::string out(html);
    free(html);
    return out;
}

// Each uses characters only an extension makes special ('~', '|', ':', 'w').
const std::vector<std::string> k_texts = {
    "Teksts ar ~~svītrojumu~~ un vēl ~~vienu~~.",
    "| Kods | Loma |\n|---|---|\n| PU2-10 | ~~A~~ |\n",
    "Skatīt www.varam.gov.lv un https://www.varam.gov.lv/lv/ vai pvp@varam.gov.lv.",
    "Parasts teksts bez īpašām zīmēm, tikai *uzsvars* un `kods`.",
};

}  // namespace

TEST_CASE("cmark-gfm's special characters are pinned, so parses run in parallel") {
    CHECK(markdown_parses_in_parallel());
    CHECK(to_html(k_texts[0]).find("<del>svītrojumu</del>") != std::string::npos);
    CHECK(to_html(k_texts[1]).find("<td><del>A</del></td>") != std::string::npos);
    CHECK(to_html(k_texts[2]).find("<a href=\"http://www.varam.gov.lv\">") != std::string::npos);
}

TEST_CASE("parsing on several threads at once gives the HTML of one parse at a time") {
    std::vector<std::string> expected;
    for (const auto& t : k_texts) { expected.push_back(to_html(t)); }
    std::vector<int> mismatches(4, 0);
    std::vector<std::thread> threads;
    for (int n = 0; n < 4; ++n) {
        threads.emplace_back([&, n] {
            for (int round = 0; round < 300; ++round) {
                std::size_t i = static_cast<std::size_t>(round + n) % k_texts.size();
                if (to_html(k_texts[i]) != expected[i]) { ++mismatches[static_cast<std::size_t>(n)]; }
            }
        });
    }
    for (auto& t : threads) { t.join(); }
    CHECK(mismatches == std::vector<int>(4, 0));
}
