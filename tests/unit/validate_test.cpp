// Validation on in-memory corpora: references, duplicates, rules, completeness.
#include <doctest/doctest.h>

#include <memory>

#include "load/corpus_loader.h"
#include "util/file_system.h"
#include "validate/completeness.h"
#include "validate/validate.h"

using namespace pvpp;

namespace {

struct Checked {
    Corpus corpus;
    CorpusIndex index;
    Diagnostics diags;
};

std::unique_ptr<Checked> check(const MemoryFileSystem& fs) {
    auto c = std::make_unique<Checked>();
    c->corpus = load_corpus(fs, c->diags);
    c->index = validate(c->corpus, c->diags);
    return c;
}

std::vector<std::string> messages(const Diagnostics& d) {
    std::vector<std::string> out;
    for (const auto& x : d.sorted()) { out.push_back(x.message); }
    return out;
}

MemoryFileSystem two_tasks() {
    MemoryFileSystem fs;
    fs.add("content/roles.toml", "source = \"000\"\n[[role]]\nnumber = 5\nid = \"pakalpojuma-saimnieks\"\nname = \"Pakalpojuma saimnieks\"\n");
    fs.add("content/tasks/PU2-1.toml", "source = \"004\"\ncode = \"PU2-1\"\nname = \"A\"\nrelated = [\"PU2-2\"]\n[matrix]\npakalpojuma-saimnieks = \"A\"\n");
    fs.add("content/tasks/PU2-2.toml", "source = \"004\"\ncode = \"PU2-2\"\nname = \"B\"\n[matrix]\npakalpojuma-saimnieks = \"L?\"\n");
    return fs;
}

}  // namespace

TEST_CASE("a consistent corpus validates clean and is indexed") {
    MemoryFileSystem fs = two_tasks();
    fs.add("content/tasks/PU2-2.toml", "source = \"004\"\ncode = \"PU2-2\"\nname = \"B\"\n[matrix]\npakalpojuma-saimnieks = \"A?\"\n");
    auto c = check(fs);
    CHECK(messages(c->diags).empty());
    CHECK(c->index.ids_of(EntityKind::task).size() == 2);
    CHECK(c->index.has(EntityKind::task, "PU2-2"));
    CHECK_FALSE(c->index.has(EntityKind::task, "PU2-3"));
}

TEST_CASE("a task whose matrix has no A is an error") {
    auto c = check(two_tasks());
    CHECK(messages(c->diags) == std::vector<std::string>{"uzdevumam PU2-2 nav atbildīgās lomas (tā matricā nav \"A\")"});
}

TEST_CASE("unknown references get a suggestion from the same kind") {
    MemoryFileSystem fs = two_tasks();
    fs.add("content/tasks/PU2-1.toml", "source = \"004\"\ncode = \"PU2-1\"\nname = \"A\"\nrelated = [\"PU2-22\"]\n[matrix]\npakalpojuma-saimnieks = \"A\"\n");
    fs.add("content/tasks/PU2-2.toml", "source = \"004\"\ncode = \"PU2-2\"\nname = \"B\"\n[matrix]\npakalpojuma-saimnieks = \"A\"\n");
    auto c = check(fs);
    CHECK(messages(c->diags) == std::vector<std::string>{"uzdevums 'PU2-22' nav korpusā (vai domājāt PU2-2?)"});
}

TEST_CASE("duplicates across records are reported with the first place") {
    MemoryFileSystem fs;
    fs.add("content/terms.toml", "[[term]]\nid = \"a\"\nname = \"A\"\n[[term]]\nid = \"a\"\nname = \"B\"\n");
    auto c = check(fs);
    CHECK(messages(c->diags) == std::vector<std::string>{"atkārtots ieraksts: jēdziens 'a' (pirmo reizi – content/terms.toml:1:1)"});
}

TEST_CASE("completeness counts inferred cells and section states") {
    MemoryFileSystem fs = two_tasks();
    fs.add("content/tasks/PU2-2.toml", "source = \"004\"\ncode = \"PU2-2\"\nname = \"B\"\n[matrix]\npakalpojuma-saimnieks = \"A?\"\n");
    auto c = check(fs);
    Completeness k = assess_completeness(c->corpus, c->index);
    CHECK(k.cells == 2);
    CHECK(k.cells_inferred == 1);
    CHECK(k.sections_derived == 3);   // section 2 of both tasks, section 4 of PU2-1
    CHECK(k.sections_missing == 13);
    CHECK(section_state(c->corpus.tasks[0], nullptr, 3) == SectionState::derived);
    CHECK(section_state(c->corpus.tasks[1], nullptr, 3) == SectionState::missing);
}
