// The comparer (compare/): records matched by kind and id, codes that moved, parts of
// added records, the live pages a change touches; and the shipped corpus against itself.
#include <doctest/doctest.h>

#include <map>
#include <set>

#include "compare/change.h"
#include "compare/record_builder.h"
#include "load/corpus_loader.h"
#include "util/file_system.h"
#include "validate/validate.h"

using namespace pvpp;

namespace {

Record task(const std::string& code, const std::string& name, const std::string& practice = "") {
    RecordBuilder b(RecordKind{EntityKind::task}, code, name, {"uzdevumi"});
    return b.shown_on({"uzdevumi"}).scalar("prakse", practice).shown_on({}).scalar("A/L x", "A", "matrica:x").take();
}

}  // namespace

TEST_CASE("compare_records finds nothing between equal records") {
    std::vector<Record> records = {task("PU2-1", "Plānošana"), task("PU2-2", "Izveide")};
    CHECK(compare_records(records, records).empty());
}

TEST_CASE("compare_records reports a rename with the pages that list the record") {
    auto changes = compare_records({task("PU2-1", "Plānošana")}, {task("PU2-1", "Plānošana un uzraudzība")});
    REQUIRE(changes.size() == 1);
    CHECK(changes[0].type == ChangeType::renamed);
    CHECK(changes[0].old_name == "Plānošana");
    CHECK(changes[0].fields.empty());
    CHECK(changes[0].pages == std::vector<std::string>{"uzdevumi"});
}

TEST_CASE("compare_records lists changed fields, and only shown fields touch a live page") {
    Record changed_cell = task("PU2-1", "Plānošana");
    changed_cell.fields[1].value = "L";
    auto changes = compare_records({task("PU2-1", "Plānošana")}, {changed_cell});
    REQUIRE(changes.size() == 1);
    REQUIRE(changes[0].fields.size() == 1);
    CHECK(changes[0].fields[0].label == "A/L x");
    CHECK(changes[0].fields[0].old_value == "A");
    CHECK(changes[0].fields[0].new_value == "L");
    CHECK(changes[0].pages.empty());
    auto practice = compare_records({task("PU2-1", "Plānošana")}, {task("PU2-1", "Plānošana", "Partneru pārvaldība")});
    REQUIRE(practice.size() == 1);
    CHECK(practice[0].pages == std::vector<std::string>{"uzdevumi"});
}

TEST_CASE("compare_records reports a field the new record no longer has") {
    Record fewer = task("PU2-1", "Plānošana");
    fewer.fields.pop_back();  // the matrix cell is gone
    auto changes = compare_records({task("PU2-1", "Plānošana")}, {fewer});
    REQUIRE(changes.size() == 1);
    REQUIRE(changes[0].fields.size() == 1);
    CHECK(changes[0].fields[0].old_value == "A");
    CHECK(changes[0].fields[0].new_value.empty());
}

TEST_CASE("compare_records sees the same name under a new code as one record with a new code") {
    auto changes = compare_records({task("PU2-3", "Noteikšana"), task("PU2-4", "Ieviešana")},
                                   {task("PU2-24", "Noteikšana"), task("PU2-4", "Ieviešana")});
    REQUIRE(changes.size() == 1);
    CHECK(changes[0].type == ChangeType::recoded);
    CHECK(changes[0].old_code == "PU2-3");
    CHECK(changes[0].code == "PU2-24");
}

TEST_CASE("compare_records does not guess when two removed records share a name") {
    auto changes = compare_records({task("PU2-3", "Tas pats"), task("PU2-5", "Tas pats")}, {task("PU2-24", "Tas pats")});
    REQUIRE(changes.size() == 3);
    CHECK(changes[0].type == ChangeType::removed);
    CHECK(changes[1].type == ChangeType::removed);
    CHECK(changes[2].type == ChangeType::added);
    CHECK(changes[2].code == "PU2-24");
}

TEST_CASE("compare_records does not pair parts numbered by their place: a new number is a new place") {
    Record old_activity = RecordBuilder(part::activity, "P1.1/1", "Sagatavot").parent({EntityKind::measure}, "P1.1").take();
    Record new_activity = RecordBuilder(part::activity, "P1.1/2", "Sagatavot").parent({EntityKind::measure}, "P1.1").take();
    auto changes = compare_records({old_activity}, {new_activity});
    REQUIRE(changes.size() == 2);
    CHECK(changes[0].type == ChangeType::removed);
    CHECK(changes[1].type == ChangeType::added);
}

TEST_CASE("compare_records lists an added card once, not each of its sections") {
    Record card = RecordBuilder(part::card, "PU2-15", "").take();
    Record section = RecordBuilder(part::card_section, "PU2-15/1", "Rezultāts").parent(part::card, "PU2-15").take();
    Record other = RecordBuilder(part::card_section, "PU2-10/1", "Rezultāts").parent(part::card, "PU2-10").take();
    auto changes = compare_records({}, {card, section, other});
    REQUIRE(changes.size() == 2);
    CHECK(changes[0].kind == part::card);
    CHECK(changes[1].code == "PU2-10/1");  // its card is not added, so the section is
}

TEST_CASE("compare_records orders changes by kind, then codes as people read them") {
    auto changes = compare_records({}, {task("PU2-10", "B"), task("PU2-9", "A"),
                                        RecordBuilder(RecordKind{EntityKind::condition}, "N1-1", "Nosacījums").take()});
    REQUIRE(changes.size() == 3);
    CHECK(changes[0].code == "PU2-9");
    CHECK(changes[1].code == "PU2-10");
    CHECK(changes[2].kind == RecordKind{EntityKind::condition});
}

TEST_CASE("the shipped corpus: every record has its own id, and it equals itself") {
    DiskFileSystem files(PVPP_SOURCE_DIR);
    Diagnostics diags;
    Corpus corpus = load_corpus(files, diags);
    validate(corpus, diags);
    REQUIRE(diags.error_count() == 0);
    std::set<std::pair<RecordKind, std::string>> ids;
    std::map<RecordKind, int> counts;
    for (const auto& r : corpus_records(corpus)) {
        CAPTURE(r.id);
        CHECK(ids.insert({r.kind, r.id}).second);
        ++counts[r.kind];
    }
    CHECK(counts[RecordKind{EntityKind::task}] == static_cast<int>(corpus.tasks.size()));
    CHECK(counts[part::card_section] == 8 * static_cast<int>(corpus.cards.size()));
    CHECK(counts[RecordKind{EntityKind::live_page}] == static_cast<int>(corpus.site.pages.size()));
    CHECK(compare_corpora(corpus, corpus).empty());
}
