// Fuzz target: Markdown to HTML with codes and glossary terms linked, as the site
// pages (PageBuilder) and the task cards (CardLinks) render it, over the small
// golden corpus and its terms. Input: a Markdown field's text.
#include <cstdint>
#include <memory>

#include "fuzz_support.h"
#include "load/corpus_loader.h"
#include "load/record_loaders.h"
#include "render/cards/card_links.h"
#include "render/common/term_linker.h"
#include "render/html/page_builder.h"
#include "util/utf8.h"
#include "validate/validate.h"

namespace {

using namespace pvpp;

// Everything a renderer reads, built once: the fuzzer runs the input through it.
struct Fixture {
    Corpus corpus;
    CorpusIndex index;
    RenderConfig config;
    Lemmatizer lemmatizer;
    std::unique_ptr<TermLinker> terms;

    Fixture() {
        Diagnostics diags;
        corpus = load_corpus(DiskFileSystem(fuzz::source_dir() + "/tests/golden/small"), diags);
        index = validate(corpus, diags);
        fuzz::require(diags.error_count() == 0 && !corpus.terms.empty(), "the golden corpus does not load");
        terms = std::make_unique<TermLinker>(corpus.terms, lemmatizer);
    }
    RenderContext context() const { return RenderContext{corpus, index, config, terms.get()}; }
};

void check_html(const std::string& html, const char* where) {
    fuzz::require(!fuzz::contains_nocase(html, "<script"), where, html);
    std::string unsafe = fuzz::unsafe_html(html);
    fuzz::require(unsafe.empty(), where, unsafe);
    fuzz::require(!first_invalid_utf8(html), where, html);
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    static const Fixture fixture;
    std::string markdown(reinterpret_cast<const char*>(data), size);
    // The loader turns such files away before anything renders them.
    if (first_invalid_utf8(markdown) || markdown.find('\0') != std::string::npos) { return -1; }
    Text text;
    text.markdown = markdown;
    text.loc = SourceLoc{"content/pages/fuzz.md", 5, 1};
    RenderContext ctx = fixture.context();
    PageBuilder page(ctx, "lv/fuzz/", "Lapa", "Fuzz");
    check_html(page.md(text), "site HTML is unsafe or not UTF-8");
    check_html(CardLinks(ctx).md(text), "card HTML is unsafe or not UTF-8");
    Diagnostics diags;
    check_markdown(text, diags);
    return 0;
}
