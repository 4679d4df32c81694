// The terminal report of `pvpp diff` (compare/change_summary): Latvian agreement, values, long texts.
#include <doctest/doctest.h>

#include <algorithm>

#include "compare/change_summary.h"

using namespace pvpp;

namespace {

bool has_line(const std::vector<std::string>& lines, const std::string& line) {
    return std::find(lines.begin(), lines.end(), line) != lines.end();
}

Change changed(RecordKind kind, const std::string& code, std::vector<FieldChange> fields) {
    return {ChangeType::changed, kind, code, code, code, "X", "X", std::move(fields), {}};
}

}  // namespace

TEST_CASE("change_verb agrees with the kind's noun") {
    CHECK(change_verb(ChangeType::added, RecordKind{EntityKind::task}) == "pievienots");
    CHECK(change_verb(ChangeType::added, RecordKind{EntityKind::role}) == "pievienota");
    CHECK(change_verb(ChangeType::removed, part::card_section) == "izņemta");
    CHECK(change_verb(ChangeType::renamed, RecordKind{EntityKind::term}) == "pārdēvēts");
}

TEST_CASE("summary_lines shows scalars old → new, quoting values with spaces, and lists item by item") {
    ChangeSet set;
    set.changes.push_back(changed(RecordKind{EntityKind::measure}, "P2.1", {{"beigu termiņš", FieldType::scalar, "01.07.2024", "30.09.2024", {}, {}},
                                                              {"posms", FieldType::scalar, "", "Iesaistīto apmācība", {}, {}}}));
    set.changes.push_back(changed(RecordKind{EntityKind::condition}, "N5-1", {{"apakšpunkti", FieldType::list, "", "", {"a", "b"}, {"a", "c"}}}));
    auto lines = summary_lines(set);
    CHECK(lines[0] == "Izmaiņas (2):");
    CHECK(has_line(lines, "  pasākumi: mainīti 1"));
    CHECK(has_line(lines, "mainīts pasākums P2.1 – beigu termiņš: 01.07.2024 → 30.09.2024"));
    CHECK(has_line(lines, "mainīts pasākums P2.1 – posms: (nav) → \"Iesaistīto apmācība\""));
    CHECK(has_line(lines, "mainīts nosacījums N5-1 – apakšpunkti: [-b-] {+c+}"));
    CHECK(has_line(lines, "Tiešsaistes lapu saturs nav mainījies."));
}

TEST_CASE("summary_lines gives word counts instead of a rewritten page's words") {
    std::string old_text, new_text;
    for (int i = 0; i < 100; ++i) {
        old_text += "vecs" + std::to_string(i) + " ";
        new_text += "jauns" + std::to_string(i) + " ";
    }
    ChangeSet set;
    set.changes.push_back(changed(RecordKind{EntityKind::page}, "pvpp-3", {{"saturs", FieldType::text, old_text, new_text, {}, {}}}));
    CHECK(has_line(summary_lines(set), "mainīta lapa pvpp-3 – saturs: vārdu izmaiņas: −100, +100 (sk. pārskatu)"));
}

TEST_CASE("summary_lines says so when nothing changed") {
    CHECK(summary_lines(ChangeSet{}) == std::vector<std::string>{"Izmaiņu nav."});
}
