// The HTML policy (util/html_policy.h) and its second line of defence in
// markdown_to_html: what is refused, how obfuscation is seen through, what still renders.
#include "util/html_policy.h"

#include <doctest/doctest.h>

#include <cstdlib>

#include "render/common/markdown_html.h"
#include "util/markdown_parser.h"

using namespace pvpp;

namespace {

std::string render(const std::string& markdown) {
    return markdown_to_html(markdown, [](const std::string&, bool) { return std::vector<LinkSpan>{}; });
}

bool has(const std::string& text, const std::string& part) { return text.find(part) != std::string::npos; }

}  // namespace

TEST_CASE("url_scheme reads the scheme the way a browser does") {
    CHECK(url_scheme("https://www.varam.gov.lv") == "https");
    CHECK(url_scheme("JaVaScRiPt:alert(1)") == "javascript");
    CHECK(url_scheme("jav\tascript:alert(1)") == "javascript");  // tabs and newlines are ignored
    CHECK(url_scheme("java\nscript:alert(1)") == "javascript");
    CHECK(url_scheme(" \x01javascript:alert(1)") == "javascript");  // leading controls and spaces skipped
    CHECK(url_scheme("../lv/uzdevumi/pu2-10/index.html#x") == "");
    CHECK(url_scheme("#sadala-1") == "");
    CHECK(url_scheme("lv/a:b") == "");                   // a '/' before the ':' makes it a path
    CHECK(url_scheme("1http:x") == "");                  // a scheme starts with a letter
    CHECK(url_scheme("java\x01script:alert(1)") == "");  // not a scheme to a browser either: a path
}

TEST_CASE("links may go inside the site or to http:, https: and mailto: addresses only") {
    for (const char* ok : {"https://www.varam.gov.lv/lv", "HTTP://example.lv", "mailto:pvp@varam.gov.lv",
                           "../../lv/jedzieni/pakalpojums/index.html", "#n4-2", ""}) {
        CHECK_MESSAGE(link_url_problem(ok).empty(), ok);
    }
    CHECK(link_url_problem("javascript:alert(1)") ==
          "saites uz 'javascript:' adresēm nav atļautas (lietojiet http:, https:, mailto: vai šīs vietnes lapu)");
    for (const char* bad : {"vbscript:msgbox(1)", "data:text/html,x", "file:///etc/passwd", "jav\tascript:x"}) {
        CHECK_MESSAGE(!link_url_problem(bad).empty(), bad);
    }
    CHECK(link_url_problem("\x01https://x.lv") ==
          "saites adresē ir vadības rakstzīme U+0001 (rakstiet adresi bez tās)");
}

TEST_CASE("images come from the site itself only") {
    CHECK(image_url_problem("../static/shema.png").empty());
    CHECK(image_url_problem("data:image/png;base64,AAAA") ==
          "attēli no 'data:' adresēm nav atļauti (rādīt var tikai šīs vietnes attēlus)");
    CHECK(!image_url_problem("https://example.com/a.png").empty());
    CHECK(!image_url_problem("//example.com/a.png").empty());
    CHECK(!image_url_problem("\\\\example.com/a.png").empty());
}

TEST_CASE("raw_html_finding names the dangerous part of a fragment and where it is") {
    RawHtmlFinding script = raw_html_finding("<SCRIPT src=x.js>");
    CHECK(script.offset == 0);
    CHECK(script.message == "HTML Markdown tekstā nav atļauts: <script> palaistu skriptu");
    RawHtmlFinding handler = raw_html_finding("<img src=x onerror=alert(1)>");
    CHECK(handler.offset == 11);
    CHECK(handler.message == "HTML Markdown tekstā nav atļauts: notikumu apstrādātājs 'onerror' palaistu skriptu");
    RawHtmlFinding href = raw_html_finding("<a title=\"x > y\" href='JavaScript:alert(1)'>");
    CHECK(href.offset == 17);
    CHECK(href.message == "HTML Markdown tekstā nav atļauts: 'javascript:' adrese varētu palaist skriptu");
    CHECK(raw_html_finding("<div>\n<iframe src=x>").offset == 6);
    RawHtmlFinding plain = raw_html_finding("<br>");
    CHECK(plain.offset == 0);
    CHECK(plain.message == "HTML Markdown tekstā nav atļauts (rakstiet Markdown)");
    CHECK(raw_html_finding("</script>").message == plain.message);      // an end tag does nothing itself
    CHECK(raw_html_finding("<a = onclick>").message == plain.message);  // no attribute named "onclick="
}

TEST_CASE("markdown_to_html never writes raw HTML or a refused address, even unchecked") {
    std::string html =
        render("a <script>alert(1)</script> b <img src=x onerror=alert(1)>\n\n<iframe src=x></iframe>\n");
    CHECK_FALSE(has(html, "<script"));
    CHECK_FALSE(has(html, "<iframe"));
    CHECK_FALSE(has(html, "onerror"));
    CHECK_FALSE(has(html, "raw HTML omitted"));
    CHECK(html == "<p>a alert(1) b </p>\n");
    CHECK(render("[x](jav&#x09;ascript:alert(1)) [y](https://www.varam.gov.lv)") ==
          "<p>x <a href=\"https://www.varam.gov.lv\">y</a></p>\n");
    CHECK(render("![shēma](data:image/svg+xml;base64,PHN2Zz4=) un <javascript:alert(1)>") ==
          "<p>shēma un javascript:alert(1)</p>\n");
    CHECK(render("[a ![b](https://example.com/b.png) c](#x)") == "<p><a href=\"#x\">a b c</a></p>\n");
}

TEST_CASE("markdown_to_html escapes text that looks like markup or a template") {
    std::string html = render("\\<script>alert(1)\\</script> `</script>` {{SITE_TITLE}} '-alert(1)-' \"q\"");
    CHECK(html ==
          "<p>&lt;script&gt;alert(1)&lt;/script&gt; <code>&lt;/script&gt;</code> {{SITE_TITLE}} '-alert(1)-' "
          "&quot;q&quot;</p>\n");
}

TEST_CASE("the tagfilter extension is attached: even with raw HTML on, <script> would be inert") {
    CmarkDocument doc = parse_markdown("<script>alert(1)</script> <iframe src=x> <b>ok</b>\n");
    char* html = cmark_render_html(doc.get(), k_markdown_options | CMARK_OPT_UNSAFE, markdown_extensions());
    std::string out(html);
    free(html);
    CHECK(out == "&lt;script>alert(1)&lt;/script> &lt;iframe src=x> <b>ok</b>\n");
}
