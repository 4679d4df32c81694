// The open data: the JSON writer's layout, RFC 4180 fields, the CSV files' shape, and
// rows that hold exactly the fields their table describes (the schema's promise).
#include <doctest/doctest.h>

#include <algorithm>

#include "model/record_kinds.h"
#include "render/data/csv_files.h"
#include "render/data/data_renderer.h"
#include "render/data/json_schema.h"
#include "render/data/open_data.h"
#include "test_site.h"

using namespace pvpp;
using namespace pvpp::opendata;

namespace {

bool has(const std::string& hay, const std::string& needle) { return hay.find(needle) != std::string::npos; }

// Member names of an object equal the fields, in order, and so below for objects and lists of them.
void check_shape(const std::vector<Field>& fields, const json::Value& row, const std::string& where) {
    REQUIRE(row.type == json::Value::Type::object);
    REQUIRE_MESSAGE(row.members.size() == fields.size(), where);
    for (std::size_t i = 0; i < fields.size(); ++i) {
        const auto& [name, value] = row.members[i];
        CHECK_MESSAGE(name == fields[i].name, where);
        if (fields[i].type == FieldType::object) { check_shape(fields[i].fields, value, where + "." + name); }
        if (fields[i].type == FieldType::objects) {
            for (const auto& item : value.items) { check_shape(fields[i].fields, item, where + "." + name); }
        }
        if (value.type == json::Value::Type::null) { CHECK_MESSAGE(fields[i].nullable, where << "." << name); }
    }
}

std::unique_ptr<test::Site> shipped() {
    DiskFileSystem files(PVPP_SOURCE_DIR);
    auto site = test::load_site(files);
    REQUIRE(site->diags.error_count() == 0);
    return site;
}

}  // namespace

TEST_CASE("the JSON writer indents objects, keeps arrays of scalars on a line and Latvian letters as they are") {
    json::Value v = json::object({{"kods", json::string("N1-1")},
                                  {"nosaukums", json::string("Mērāmība \"un\" </kontrole>\n")},
                                  {"saraksts", json::strings({"ā", "ž"})},
                                  {"tukšs", json::array()},
                                  {"nav", json::null()},
                                  {"ieraksti", json::array({json::object({{"n", json::integer(-2)}})})}});
    CHECK(json::write(v) ==
          "{\n"
          "  \"kods\": \"N1-1\",\n"
          "  \"nosaukums\": \"Mērāmība \\\"un\\\" <\\/kontrole>\\n\",\n"
          "  \"saraksts\": [\"ā\", \"ž\"],\n"
          "  \"tukšs\": [],\n"
          "  \"nav\": null,\n"
          "  \"ieraksti\": [\n"
          "    {\n"
          "      \"n\": -2\n"
          "    }\n"
          "  ]\n"
          "}\n");
}

TEST_CASE("a CSV field is quoted only when RFC 4180 needs it, with its quotes doubled") {
    CHECK(csv_field("Mērāmība") == "Mērāmība");
    CHECK(csv_field("") == "");
    CHECK(csv_field("a, b") == "\"a, b\"");
    CHECK(csv_field("\"saimnieka attieksme\"") == "\"\"\"saimnieka attieksme\"\"\"");
    CHECK(csv_field("Mērķis - rezultāts") == "Mērķis - rezultāts");
}

TEST_CASE("a CSV field a spreadsheet would run as a formula gets a quote before it, inside quotes") {
    CHECK(csv_field("- viens\n- divi") == "\"'- viens\n- divi\"");
    CHECK(csv_field("=HYPERLINK(\"http://127.0.0.1/x\",\"CLICK\")") ==
          "\"'=HYPERLINK(\"\"http://127.0.0.1/x\"\",\"\"CLICK\"\")\"");
    CHECK(csv_field("+A1") == "\"'+A1\"");
    CHECK(csv_field("-2+3") == "\"'-2+3\"");
    CHECK(csv_field("@SUM(A1)") == "\"'@SUM(A1)\"");
    CHECK(csv_field("\t=1") == "\"'\t=1\"");
    CHECK(csv_field("\r=1") == "\"'\r=1\"");
    CHECK(csv_field("'=1") == "'=1");  // a quote first already keeps it text
    CHECK_FALSE(looks_like_formula(""));
    CHECK_FALSE(looks_like_formula("PU2-10"));
}

TEST_CASE("CSV files start with a byte order mark, end lines with CRLF and list sub-records with their owner") {
    Field related = string_field("related", ""), always = string_field("always", "", true);
    related.type = FieldType::strings;
    always.type = FieldType::boolean;
    Table t{"tasks", "task", "uzdevumi", "code", "",
            {string_field("code", ""), related, always,
             objects_field("matrix", {string_field("role", ""), string_field("letter", "")}, "")},
            {json::object({{"code", json::string("PU2-10")},
                           {"related", json::strings({"PU3-2", "PU2-1"})},
                           {"always", json::null()},
                           {"matrix", json::array({json::object({{"role", json::string("saimnieks")},
                                                                 {"letter", json::string("A")}})})}})}};
    auto files = csv_files({t});
    REQUIRE(files.size() == 2);
    CHECK(files[0].path == "tasks.csv");
    CHECK(files[0].bytes == "\xEF\xBB\xBF" "code,related,always\r\nPU2-10,PU3-2; PU2-1,\r\n");
    CHECK(files[1].path == "tasks_matrix.csv");
    CHECK(files[1].bytes == "\xEF\xBB\xBF" "task,role,letter\r\nPU2-10,saimnieks,A\r\n");
}

TEST_CASE("every row of the shipped corpus's tables has exactly its table's fields") {
    auto site = shipped();
    auto tables = open_data_tables(site->corpus);
    CHECK(tables.size() == 20);
    for (const auto& t : tables) {
        for (const auto& row : t.rows) { check_shape(t.fields, row, t.name); }
    }
    json::Value top = open_data_json(site->corpus, tables);
    REQUIRE(top.find("schema_version"));
    CHECK(top.find("schema_version")->string == k_schema_version);
    CHECK(top.find("tasks")->items.size() == site->corpus.tasks.size());
    // The work plan's milestones and the task levels' roles are records of the open data too.
    CHECK(top.find("milestones")->items.size() == site->corpus.milestones.size());
    CHECK(top.find("task_groups")->items.size() == site->corpus.task_group_roles.size());
}

TEST_CASE("each kind's table starts with its fields in their order, a schedule as its six columns") {
    auto site = shipped();
    auto tables = open_data_tables(site->corpus);
    for (const auto& kind : record_kinds()) {
        if (!*kind.data.name) { continue; }  // the live pages have no table
        auto t = std::find_if(tables.begin(), tables.end(), [&](const Table& x) { return x.name == kind.data.name; });
        REQUIRE(t != tables.end());
        CHECK(t->key == kind.fields.at(0).key);
        std::vector<std::string> expected;
        for (const auto& f : kind.fields) {
            bool schedule = f.type == FieldKind::schedule;
            for (const char* key : {"start", "end", "duration_days", "done_percent", "period_from", "period_to"}) {
                if (schedule) { expected.push_back(key); }
            }
            if (!schedule) { expected.push_back(f.key); }
        }
        REQUIRE(t->fields.size() >= expected.size());
        for (std::size_t i = 0; i < expected.size(); ++i) { CHECK_MESSAGE(t->fields[i].name == expected[i], t->name); }
    }
    // Columns of a shape of their own follow the fields; tables of their own sit beside their kind.
    auto at = [&](const std::string& name) {
        return std::find_if(tables.begin(), tables.end(), [&](const Table& x) { return x.name == name; }) - tables.begin();
    };
    CHECK(at("task_groups") == at("levels") + 1);
    CHECK(at("cards") == at("tasks") + 1);
    CHECK(at("milestones") + 1 == at("action_lines"));
    CHECK(at("exclusions") == at("institution_groups") + 1);
    CHECK(tables[at("roles")].fields[9].name == "carriers");
    CHECK(tables[at("tasks")].fields[9].name == "matrix");
}

// Each row's provenance is its record's own, so a table has the column even with no rows yet.
TEST_CASE("every table but the cards ends with its records' provenance, an empty one too") {
    Corpus empty;
    auto tables = open_data_tables(empty);
    CHECK(tables.size() == 20);
    for (const auto& t : tables) {
        REQUIRE_FALSE(t.fields.empty());
        CHECK_MESSAGE((t.fields.back().name == "provenance") == (t.name != "cards"), t.name);
    }
    auto site = shipped();
    for (const auto& t : open_data_tables(site->corpus)) {
        if (t.name == "cards") { continue; }
        for (const auto& row : t.rows) { CHECK(row.members.back().second.find("status")); }
    }
}

TEST_CASE("the schema closes every record, requires every field and allows null only where the data has it") {
    auto site = shipped();
    std::string schema = json::write(open_data_schema(open_data_tables(site->corpus)));
    CHECK(has(schema, "\"$schema\": \"https://json-schema.org/draft/2020-12/schema\""));
    CHECK(has(schema, "\"pattern\": \"^PU[1-3]-[0-9]+$\""));
    CHECK(has(schema, "\"enum\": [\"A\", \"L\"]"));
    CHECK(has(schema, "\"enum\": [\"high\", \"medium\", \"low\", \"ambiguous\", null]"));
    CHECK(has(schema, "\"x-refers-to\": \"roles\""));
    CHECK_FALSE(has(schema, "\"additionalProperties\": true"));
}

TEST_CASE("the open data is the same bytes on every build and is listed for download") {
    auto site = shipped();
    auto a = data_files(site->corpus);
    auto b = data_files(site->corpus);
    REQUIRE(a.size() == b.size());
    for (std::size_t i = 0; i < a.size(); ++i) { CHECK(a[i].bytes == b[i].bytes); }
    auto downloads = DataRenderer().downloads(site->corpus);
    CHECK(downloads.front().path == "data/pvpp.json");
    CHECK(downloads[1].path == "data/pvpp.schema.json");
    for (const auto& d : downloads) {
        CHECK(std::any_of(a.begin(), a.end(), [&](const OutputFile& f) { return "data/" + f.path == d.path; }));
    }
}
