// The search index: what the browser's search.js reads (docs/site-contracts.md).
#include <doctest/doctest.h>

#include "render/common/urls.h"

#include "render/html/search_index.h"
#include "util/html_text.h"
#include "util/json_string.h"
#include "util/lower_case.h"
#include "util/slug.h"

using namespace pvpp;

namespace {

PageView task_page() {
    PageView p;
    p.path = "lv/uzdevumi/pu2-10/";
    p.title = "Pakalpojumu pārvaldības uzdevums";
    p.kind = "Uzdevums";
    p.code = "PU2-10";
    p.breadcrumbs = {{"Sākums", "../../../index.html"}, {"Uzdevumi", "../../../index.html"}};
    p.fields = {{"Prakse", "<a href=\"x\">Partneru</a> pārvaldība"}};
    p.sections = {{"", "Apraksts", "<p>Bez enkura &amp; bez ieraksta</p>"},
                  {"sadala-3", "3. Pienākumi", "<ul><li>Pirmais</li><li>Otrais</li></ul>"}};
    return p;
}

}  // namespace

TEST_CASE("lower_latvian lower-cases ASCII and every Latvian capital, nothing else") {
    CHECK(lower_latvian("ĀČĒĢĪĶĻŅŠŪŽ") == "āčēģīķļņšūž");
    CHECK(lower_latvian("PU2-10 Pārvaldība") == "pu2-10 pārvaldība");
    CHECK(lower_latvian("āčž abc 123 –„“") == "āčž abc 123 –„“");
    CHECK(lower_latvian("ÖÉ") == "ÖÉ");  // not Latvian: left alone, as documented
    CHECK(fold_diacritics(lower_latvian("PIEKĻŪSTAMĪBA Ģimene")) == "pieklustamiba gimene");
}

TEST_CASE("html_to_text strips tags, separates blocks and decodes entities") {
    CHECK(html_to_text("<ul><li>Pirmais</li><li>Otrais</li></ul>") == "Pirmais Otrais");
    CHECK(html_to_text("<p>A &amp; B &lt;tag&gt; &quot;c&quot; &#39;d&#39;</p>") == "A & B <tag> \"c\" 'd'");
    CHECK(html_to_text("&#257;&#x161;&nbsp;x") == "āš x");
    CHECK(html_to_text("&unknown; &amp") == "&unknown; &amp");
    CHECK(html_to_text("a < b\n\n  c") == "a < b c");
    CHECK(html_to_text("<a href=\"../x/\" class=\"code\">PU2-10</a>, <strong>N4-1</strong>") == "PU2-10 , N4-1");
}

TEST_CASE("json_quote escapes quotes, backslashes, control characters and script ends") {
    CHECK(json_quote("a\"b\\c") == "\"a\\\"b\\\\c\"");
    CHECK(json_quote("1\n2\t3\r\x01") == "\"1\\n2\\t3\\r\\u0001\"");
    CHECK(json_quote("</script><!-- a/b") == "\"<\\/script><!-- a/b\"");
    CHECK(json_quote("x\u2028y\u2029z") == "\"x\\u2028y\\u2029z\"");
    CHECK(json_quote("pārvaldība") == "\"pārvaldība\"");
}

TEST_CASE("search_entries makes one entry per page: its fields, then each section with text or a heading") {
    PageView p = task_page();
    p.sections.push_back({"tuksa", "Tukša", "<p> </p>"});
    p.fields.push_back({"Enkurs tiešsaistē", "#pu2-10-sadarbiba"});  // an address, not words
    p.fields.push_back({"Līmenis", "Pamatdarbības līmenis"});
    p.fields.push_back({"Vieta politikā", "<a href=\"../\">Uzdevumi</a>"});  // the chapter, shown anyway
    auto entries = search_entries({p});
    REQUIRE(entries.size() == 1);
    const auto& page = entries[0];
    CHECK(page.url == "lv/uzdevumi/pu2-10/");
    CHECK(page.code == "PU2-10");
    CHECK(page.kind == "Uzdevums");
    CHECK(page.chapter == "Uzdevumi");
    REQUIRE(page.parts.size() == 4);  // the empty section is a place by its heading
    CHECK(page.parts[0].anchor == "");
    CHECK(page.parts[0].heading == "");
    CHECK(page.parts[0].text == "Partneru pārvaldība · Pamatdarbības līmenis");
    CHECK(page.parts[1].anchor == "");
    CHECK(page.parts[1].heading == "Apraksts");
    CHECK(page.parts[1].text == "Bez enkura & bez ieraksta");
    CHECK(page.parts[2].anchor == "sadala-3");
    CHECK(page.parts[2].heading == "3. Pienākumi");
    CHECK(page.parts[2].text == "Pirmais Otrais");
    CHECK(page.parts[3].anchor == "tuksa");
    CHECK(page.parts[3].heading == "Tukša");
    CHECK(page.parts[3].text == "");
}

TEST_CASE("a record the edition gives no page is a part of the page that holds its place") {
    PageView chapter = task_page();
    chapter.path = "lv/3-nodala/";
    auto entries = search_entries({chapter});
    Corpus corpus;
    Condition c;
    c.code = "N4-1";
    c.name = "Iesaiste";
    corpus.conditions.push_back(c);
    MovedPages moved{{url::of(EntityKind::condition, "N4-1"), {"lv/3-nodala/", "n4-1-iesaiste"}}};
    add_moved_records(entries, corpus, moved);
    REQUIRE(!entries[0].parts.empty());
    CHECK(entries[0].parts.back().anchor == "n4-1-iesaiste");
    CHECK(entries[0].parts.back().heading == "N4-1 Iesaiste");
    add_moved_records(entries, corpus, {});  // nothing moved in the review edition: nothing added
    CHECK(entries[0].parts.back().anchor == "n4-1-iesaiste");
    CHECK(entries[0].parts.size() == search_entries({chapter})[0].parts.size() + 1);
}

TEST_CASE("a section that is mostly links is marked as mentions, in the script too") {
    PageView p = task_page();
    p.sections = {{"saistits-ar", "Saistīts ar", "<ul><li><a href=\"x\">PU2-9 Cits uzdevums</a></li></ul>"},
                  {"teksts", "Teksts", "<p>Vārdi, vārdi un vārdi ar vienu <a href=\"x\">saiti</a>.</p>"}};
    auto entries = search_entries({p});
    REQUIRE(entries[0].parts.size() == 3);
    CHECK(entries[0].parts[1].links);
    CHECK_FALSE(entries[0].parts[2].links);
    std::string js = search_index_js(entries);
    CHECK(js.find("\"PU2-9 Cits uzdevums\",1]") != std::string::npos);
    CHECK(js.find("saiti .\"]") != std::string::npos);  // a tag reads as a space
}

TEST_CASE("a page without a breadcrumb past Sākums takes its kind as chapter") {
    PageView p;
    p.path = "lv/lomas/5-loma/";
    p.title = "Pakalpojuma saimnieks";
    p.kind = "Loma";
    p.breadcrumbs = {{"Sākums", "../../../index.html"}};
    CHECK(search_entries({p})[0].chapter == "Loma");
}

TEST_CASE("search_index_js writes the contract's script, texts as the reader sees them") {
    std::string js = search_index_js(search_entries({task_page()}));
    CHECK(js ==
          "window.PVPP_SEARCH_INDEX = {\"version\":2,\"pages\":[\n"
          "{\"u\":\"lv/uzdevumi/pu2-10/\",\"c\":\"PU2-10\",\"t\":\"Pakalpojumu pārvaldības uzdevums\","
          "\"k\":\"Uzdevums\",\"h\":\"Uzdevumi\",\"p\":[[\"\",\"\",\"Partneru pārvaldība\"],"
          "[\"\",\"Apraksts\",\"Bez enkura & bez ieraksta\"],[\"sadala-3\",\"3. Pienākumi\",\"Pirmais Otrais\"]]}\n"
          "]};\n");
    CHECK(search_index_js({}) == "window.PVPP_SEARCH_INDEX = {\"version\":2,\"pages\":[\n]};\n");
}

TEST_CASE("search_index_js escapes every field and keeps text out of script ends") {
    SearchEntry e{"lv/a/", "", "Say \"hi\"\\", "K", "H", {{"x", "</h>", "</SCRIPT> Ā\nB"}}};
    std::string js = search_index_js({e});
    CHECK(js.find("\"t\":\"Say \\\"hi\\\"\\\\\"") != std::string::npos);
    CHECK(js.find("[\"x\",\"<\\/h>\",\"<\\/SCRIPT> Ā\\nB\"]") != std::string::npos);
    CHECK(js.find("</") == std::string::npos);
}

TEST_CASE("search_index_js shortens long text at a word boundary") {
    std::string word = "pārvaldība ";  // 13 bytes
    std::string text;
    for (int i = 0; i < 1000; ++i) { text += word; }
    SearchEntry e{"lv/a/", "", "T", "K", "H", {{"", "", text}}};
    std::string js = search_index_js({e});
    auto start = js.find("[\"\",\"\",\"") + 8;
    std::string x = js.substr(start, js.find('"', start) - start);
    CHECK(x.size() <= k_search_text_limit);
    CHECK(x.size() > k_search_text_limit - 20);
    CHECK(x.substr(x.size() - 12) == "pārvaldība");
}

TEST_CASE("search_index_js is deterministic and keeps page order") {
    PageView a = task_page();
    PageView b = task_page();
    b.path = "lv/uzdevumi/pu2-9/";
    b.code = "PU2-9";
    std::string first = search_index_js(search_entries({a, b}));
    CHECK(first == search_index_js(search_entries({a, b})));
    CHECK(first.find("pu2-10/\"") < first.find("pu2-9/\""));
    std::string swapped = search_index_js(search_entries({b, a}));
    CHECK(swapped.find("pu2-9/\"") < swapped.find("pu2-10/\""));
}
