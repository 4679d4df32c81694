// Loading from memory: records, source positions, and positions inside Markdown.
#include <algorithm>

#include <doctest/doctest.h>

#include "load/corpus_loader.h"
#include "load/load_context.h"
#include "load/page_loader.h"
#include "load/string_source.h"
#include "util/file_system.h"

using namespace pvpp;

namespace {

const char* k_task = R"(code = "PU2-10"
name = "Ar pakalpojumu pārvaldību saistītās starpiestāžu un pārrobežu sadarbības koordinēšana"
practice = "Partneru pārvaldība"
related = ["PU3-2"]

[matrix]
confidence = "high"
pakalpojuma-saimnieks = "A"
pakalpojuma-sniedzejs = "L?"
)";

}  // namespace

TEST_CASE("a task file loads with its matrix, inferred marks and positions") {
    MemoryFileSystem fs;
    fs.add("content/tasks/PU2-10.toml", k_task);
    Diagnostics diags;
    Corpus corpus = load_corpus(fs, diags);
    CHECK(diags.error_count() == 0);
    REQUIRE(corpus.tasks.size() == 1);
    const Task& t = corpus.tasks[0];
    CHECK(t.practice == "Partneru pārvaldība");
    CHECK(t.group() == 2);
    REQUIRE(t.matrix.size() == 2);
    CHECK(t.matrix[0].role.id == "pakalpojuma-saimnieks");
    CHECK(t.matrix[0].letter == 'A');
    CHECK_FALSE(t.matrix[0].inferred);
    CHECK(t.matrix[1].letter == 'L');
    CHECK(t.matrix[1].inferred);
    CHECK(t.matrix[1].role.loc == SourceLoc{"content/tasks/PU2-10.toml", 9, 1});
    CHECK(t.related[0].loc == SourceLoc{"content/tasks/PU2-10.toml", 4, 12});
}

TEST_CASE("a multi-line Markdown field maps positions back to its file") {
    MemoryFileSystem fs;
    fs.add("content/terms.toml", "[[term]]\nid = \"pakalpojums\"\nname = \"Pakalpojums\"\n"
                                 "definition = \"\"\"\nPirmā rinda.\nOtrā: PU2-10.\n\"\"\"\n");
    Diagnostics diags;
    Corpus corpus = load_corpus(fs, diags);
    REQUIRE(corpus.terms.size() == 1);
    const Text& def = corpus.terms[0].definition;
    CHECK(def.loc == SourceLoc{"content/terms.toml", 5, 1});
    std::size_t at = def.markdown.find("PU2-10");
    CHECK(locate_in_text(def, at) == SourceLoc{"content/terms.toml", 6, 7});
}

TEST_CASE("a single-line string field starts after its quote") {
    MemoryFileSystem fs;
    fs.add("content/terms.toml", "[[term]]\nid = \"a\"\nname = \"A\"\ndefinition = \"ā PU2-1\"\n");
    Diagnostics diags;
    Corpus corpus = load_corpus(fs, diags);
    const Text& def = corpus.terms[0].definition;
    CHECK(locate_in_text(def, def.markdown.find("PU2-1")) == SourceLoc{"content/terms.toml", 4, 17});
}

TEST_CASE("pages split into front matter and a body that keeps its line numbers") {
    MemoryFileSystem fs;
    fs.add("content/pages/plans.md", "+++\ntitle = \"Plāns\"\nslug = \"plans\"\nweight = 2\n+++\n\n# Virsraksts\n");
    Diagnostics diags;
    Corpus corpus = load_corpus(fs, diags);
    CHECK(diags.error_count() == 0);
    REQUIRE(corpus.pages.size() == 1);
    CHECK(corpus.pages[0].title == "Plāns");
    CHECK(corpus.pages[0].weight == 2);
    CHECK(corpus.pages[0].body.loc.line == 6);
    CHECK(corpus.pages[0].body.markdown == "\n# Virsraksts\n");
}

TEST_CASE("an error in front matter points at its line in the page file") {
    MemoryFileSystem fs;
    fs.add("content/pages/plans.md", "+++\ntitle = \"Plāns\"\nslug = 5\n+++\nTeksts\n");
    Diagnostics diags;
    load_corpus(fs, diags);
    auto found = diags.sorted();
    REQUIRE(found.size() == 1);
    CHECK(found[0].loc == SourceLoc{"content/pages/plans.md", 3, 8});
}

// A page's front matter is parsed on its own, below the file's first line: a string's escapes
// are still found on the file's line that holds it.
TEST_CASE("a string in a page's front matter maps positions after an escape to its file line") {
    Diagnostics diags;
    LoadContext ctx("content/pages/p.md", "+++\nx = \"a\\tPU2-1\"\n+++\n", diags);
    ctx.line_offset = 1;
    Text text = string_text(ctx, ctx.loc(1, 5), "a\tPU2-1");
    CHECK(text.loc == SourceLoc{"content/pages/p.md", 2, 6});
    CHECK(locate_in_text(text, text.markdown.find("PU2-1")) == SourceLoc{"content/pages/p.md", 2, 9});
}

TEST_CASE("dates load from TOML dates and Latvian strings; workplan percentages are kept") {
    MemoryFileSystem fs;
    fs.add("data/workplan.toml", "[[line]]\ncode = \"RV2\"\nname = \"x\"\nstart = 2024-05-06\nend = \"31.12.2024\"\ndone = 8\n");
    Diagnostics diags;
    Corpus corpus = load_corpus(fs, diags);
    CHECK(diags.error_count() == 0);
    const Schedule& s = corpus.lines.at(0).schedule;
    CHECK(format_date(*s.start) == "06.05.2024");
    CHECK(format_date(*s.end) == "31.12.2024");
    CHECK(*s.done_percent == 8);
    CHECK_FALSE(s.duration_days.has_value());
}

// toml-test's valid BOM cases (valid/utf8-bom-01, -02: a UTF-8 byte-order mark before a
// comment, and before a key/value pair) in our own words: each loads as if the mark were
// not there, and columns on the first line are counted from after it.
TEST_CASE("a leading byte-order mark before a comment or a key loads without a finding") {
    const char* bom_comment = "\xEF\xBB\xBF# saglabāts ar Notepad\n[[term]]\nid = \"a\"\nname = \"A\"\nsource = \"003\"\n";
    const char* bom_table = "\xEF\xBB\xBF[[term]]\nid=\"a\"\nname = \"A\"\nsource = \"003\"\n";
    for (const char* text : {bom_comment, bom_table}) {
        MemoryFileSystem fs;
        fs.add("content/terms.toml", text);
        Diagnostics diags;
        Corpus corpus = load_corpus(fs, diags);
        CHECK(diags.error_count() == 0);
        REQUIRE(corpus.terms.size() == 1);
        CHECK(corpus.terms[0].id == "a");
    }
    MemoryFileSystem fs;
    fs.add("content/tasks/PU2-10.toml", "\xEF\xBB\xBF" "code = 5\n");
    Diagnostics diags;
    load_corpus(fs, diags);
    auto found = diags.sorted();
    CHECK(std::any_of(found.begin(), found.end(), [](const Diagnostic& d) {
        return d.loc == SourceLoc{"content/tasks/PU2-10.toml", 1, 8};  // at the 5, as without the mark
    }));
}

// Only one mark is a signature: a second is text, and toml-test's invalid/encoding cases
// reject it.
TEST_CASE("two byte-order marks are an error, not silently dropped") {
    MemoryFileSystem fs;
    fs.add("content/terms.toml", "\xEF\xBB\xBF\xEF\xBB\xBF[[term]]\nid = \"a\"\nname = \"A\"\n");
    Diagnostics diags;
    load_corpus(fs, diags);
    CHECK(diags.error_count() == 1);
}

// The caret is on the letter the editor wrote, not on the role (tests/invalid/matrix-*-letter
// show it is also not "no responsible role").
TEST_CASE("a wrong matrix letter is reported at the value") {
    MemoryFileSystem fs;
    fs.add("content/tasks/PU2-1.toml", "code = \"PU2-1\"\nname = \"N\"\npractice = \"P\"\n\n[matrix]\n"
                                       "pakalpojuma-saimnieks = \"a\"\n");
    Diagnostics diags;
    Corpus corpus = load_corpus(fs, diags);
    REQUIRE(diags.error_count() == 1);
    CHECK(diags.sorted()[0].loc == SourceLoc{"content/tasks/PU2-1.toml", 6, 25});
}
