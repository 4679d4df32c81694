// `pvpp build` end to end on a temporary project: success makes output/ hold exactly
// what was produced, writing only the files that changed; failure leaves the previous
// output/ exactly as it was.
#include <doctest/doctest.h>

#include <csignal>
#include <filesystem>
#include <fstream>
#include <map>
#include <sstream>

#include "cli/commands.h"
#include "scratch.h"
#include "util/interrupt.h"

namespace fs = std::filesystem;

namespace {

void write(const fs::path& p, const std::string& text) {
    fs::create_directories(p.parent_path());
    std::ofstream(p, std::ios::binary) << text;
}

// A small valid project with the real default theme.
fs::path make_project(const std::string& name) {
    fs::path root = pvpp::test::scratch_path(name);
    fs::remove_all(root);
    write(root / "content/roles.toml", "source = \"testa korpuss\"\n[[role]]\nnumber = 5\nid = \"pakalpojuma-saimnieks\"\nname = \"Pakalpojuma saimnieks\"\n");
    write(root / "content/tasks/PU2-1.toml", "source = \"testa korpuss\"\ncode = \"PU2-1\"\nname = \"Plānošana\"\n[matrix]\npakalpojuma-saimnieks = \"A\"\n");
    fs::copy(fs::path(PVPP_SOURCE_DIR) / "themes", root / "themes", fs::copy_options::recursive);
    return root;
}

// A content folder whose home page says home_markdown.
fs::path make_content_folder(const std::string& name, const std::string& home_markdown) {
    fs::path root = pvpp::test::scratch_path(name);
    fs::remove_all(root);
    write(root / "content/_index.md", "+++\ntitle = \"Sākums\"\n+++\n\n" + home_markdown + "\n");
    return root;
}

int build(const fs::path& root, std::string* err_text = nullptr, std::string* out_text = nullptr) {
    pvpp::Options o;
    o.command = "build";
    o.root = root.string();
    o.out = (root / "output").string();
    std::ostringstream out, err;
    int status = pvpp::run_build(o, out, err);
    if (err_text) { *err_text = err.str(); }
    if (out_text) { *out_text = out.str(); }
    return status;
}

bool has_leftovers(const fs::path& root) {
    for (const auto& e : fs::recursive_directory_iterator(root)) {
        std::string n = e.path().filename().string();
        if (n.ends_with(".pvpp-new") || n.starts_with("output.tmp-") || n == ".pvpp-print") { return true; }
    }
    return false;
}

// Every file and folder below dir with its modification time.
std::map<std::string, fs::file_time_type> times_below(const fs::path& dir) {
    std::map<std::string, fs::file_time_type> times;
    for (const auto& e : fs::recursive_directory_iterator(dir)) { times[e.path().string()] = e.last_write_time(); }
    return times;
}

std::string read(const fs::path& p) {
    std::ifstream in(p, std::ios::binary);
    std::ostringstream bytes;
    bytes << in.rdbuf();
    return bytes.str();
}


}  // namespace

TEST_CASE("a successful build writes the site and replaces the previous output") {
    fs::path root = make_project("pvpp-build-ok");
    write(root / "output/site/stale.txt", "old");
    CHECK(build(root) == 0);
    CHECK(fs::exists(root / "output/site/index.html"));
    CHECK(fs::exists(root / "output/site/lv/uzdevumi/pu2-1/index.html"));
    CHECK_FALSE(fs::exists(root / "output/site/stale.txt"));
    CHECK_FALSE(has_leftovers(root));
    fs::remove_all(root);
}

TEST_CASE("a content error leaves the previous output untouched") {
    fs::path root = make_project("pvpp-build-content-error");
    REQUIRE(build(root) == 0);
    write(root / "output/site/marker.txt", "previous build");
    write(root / "content/tasks/PU2-1.toml", "source = \"testa korpuss\"\ncode = \"PU2-1\"\nname = \"Plānošana\"\n[matrix]\npakalpojuma-saimnieks = \"X\"\n");
    std::string err;
    CHECK(build(root, &err) == 1);
    CHECK(err.find("netika mainīts") != std::string::npos);
    CHECK(fs::exists(root / "output/site/marker.txt"));
    CHECK(fs::exists(root / "output/site/index.html"));
    CHECK_FALSE(has_leftovers(root));
    fs::remove_all(root);
}

TEST_CASE("a render error (missing theme template) leaves the previous output untouched") {
    fs::path root = make_project("pvpp-build-render-error");
    REQUIRE(build(root) == 0);
    write(root / "output/site/marker.txt", "previous build");
    fs::remove(root / "themes/default/templates/page.tpl");
    std::string err;
    CHECK(build(root, &err) == 1);
    CHECK(err.find("themes/default/templates/page.tpl: kļūda: trūkst tēmas veidnes") != std::string::npos);
    CHECK(fs::exists(root / "output/site/marker.txt"));
    CHECK_FALSE(has_leftovers(root));
    fs::remove_all(root);
}

TEST_CASE("usage errors exit with 2, help and version with 0") {
    std::ostringstream out, err;
    CHECK(pvpp::run_cli({"frobnicate"}, out, err) == 2);
    CHECK(err.str().find("nezināms arguments 'frobnicate'") != std::string::npos);
    // A slip in a command or an option gets the nearest one (issue 17).
    err.str("");
    CHECK(pvpp::run_cli({"chek"}, out, err) == 2);
    CHECK(err.str() == "pvpp: nezināms arguments 'chek' (vai domājāt check?) (sk. pvpp --help)\n");
    err.str("");
    CHECK(pvpp::run_cli({"check", "--rot", "."}, out, err) == 2);
    CHECK(err.str() == "pvpp: nezināms arguments '--rot' (vai domājāt --root?) (sk. pvpp --help)\n");
    // A root that is not there is a usage error, said before anything is loaded.
    err.str("");
    CHECK(pvpp::run_cli({"check", "--root", "/nonexistent-pvpp-root"}, out, err) == 2);
    CHECK(err.str() == "pvpp: --root /nonexistent-pvpp-root nav vai tā nav mape\n");
    err.str("");
    CHECK(pvpp::run_cli({"diff", "/nonexistent-old", "--root", "."}, out, err) == 2);
    CHECK(err.str() == "pvpp: korpusa mapes /nonexistent-old nav vai tā nav mape\n");
    CHECK(pvpp::run_cli({}, out, err) == 2);
    CHECK(pvpp::run_cli({"check", "--root"}, out, err) == 2);
    CHECK(pvpp::run_cli({"--help"}, out, err) == 0);
    CHECK(out.str().find("pvpp check") != std::string::npos);
    CHECK(pvpp::run_cli({"--version"}, out, err) == 0);
}

TEST_CASE("a rebuild with nothing changed writes no file and touches no folder") {
    fs::path root = make_project("pvpp-build-unchanged");
    REQUIRE(build(root) == 0);
    auto before = times_below(root / "output");
    std::string said;
    CHECK(build(root, nullptr, &said) == 0);
    CHECK(said.find("nekas nav mainījies") != std::string::npos);
    CHECK(times_below(root / "output") == before);
    fs::remove_all(root);
}

TEST_CASE("a full rebuild that renders every file again rewrites none that are the same") {
    fs::path root = make_project("pvpp-build-same-bytes");
    REQUIRE(build(root) == 0);
    fs::remove(root / "output/.pvpp-cache/build-stamp");  // no shortcut: every file is rendered and compared
    auto before = times_below(root / "output/site");
    std::string said;
    CHECK(build(root, nullptr, &said) == 0);
    CHECK(said.find("ierakstīti 0,") != std::string::npos);
    CHECK(times_below(root / "output/site") == before);
    CHECK(fs::exists(root / "output/.pvpp-cache/build-stamp"));
    fs::remove_all(root);
}

TEST_CASE("a changed record rewrites the files that show it and leaves the rest untouched") {
    fs::path root = make_project("pvpp-build-one-change");
    REQUIRE(build(root) == 0);
    fs::path css = root / "output/site/static/style.css";
    fs::path task = root / "output/site/lv/uzdevumi/pu2-1/index.html";
    auto css_time = fs::last_write_time(css);
    write(root / "content/tasks/PU2-1.toml", "source = \"testa korpuss\"\ncode = \"PU2-1\"\nname = \"Plānošana no jauna\"\n[matrix]\npakalpojuma-saimnieks = \"A\"\n");
    CHECK(build(root) == 0);
    CHECK(read(task).find("Plānošana no jauna") != std::string::npos);
    CHECK(fs::last_write_time(css) == css_time);
    CHECK_FALSE(has_leftovers(root));
    fs::remove_all(root);
}

TEST_CASE("an output file changed by hand is put right by the next build") {
    fs::path root = make_project("pvpp-build-repair");
    REQUIRE(build(root) == 0);
    fs::path page = root / "output/site/index.html";
    std::string good = read(page);
    write(page, "edited by hand");
    write(root / "output/site/extra.html", "not produced");
    CHECK(build(root) == 0);
    CHECK(read(page) == good);
    CHECK_FALSE(fs::exists(root / "output/site/extra.html"));
    fs::remove_all(root);
}

TEST_CASE("a build keeps the report of pvpp diff and replaces links in output/ instead of writing through them") {
    fs::path root = make_project("pvpp-build-keeps-report");
    fs::path victim = pvpp::test::scratch_path("pvpp-build-link-target");
    fs::remove_all(victim);
    write(victim / "keep.txt", "keep");
    REQUIRE(build(root) == 0);
    write(root / "output/izmainas/index.html", "report");
    fs::remove_all(root / "output/site/lv");
    fs::create_directory_symlink(victim, root / "output/site/lv");
    write(root / "content/tasks/PU2-1.toml", "source = \"testa korpuss\"\ncode = \"PU2-1\"\nname = \"Cits\"\n[matrix]\npakalpojuma-saimnieks = \"A\"\n");
    CHECK(build(root) == 0);
    CHECK(read(root / "output/izmainas/index.html") == "report");
    CHECK_FALSE(fs::is_symlink(root / "output/site/lv"));
    CHECK(read(root / "output/site/lv/uzdevumi/pu2-1/index.html").find("Cits") != std::string::npos);
    CHECK(fs::directory_iterator(victim)->path().filename() == "keep.txt");
    CHECK(std::distance(fs::directory_iterator(victim), fs::directory_iterator()) == 1);
    fs::remove_all(victim);
    fs::remove_all(root);
}

TEST_CASE("an output folder that holds the project is refused") {
    fs::path root = make_project("pvpp-build-out-is-root");
    pvpp::Options o;
    o.command = "build";
    o.root = root.string();
    o.out = root.string();
    std::ostringstream out, err;
    CHECK(pvpp::run_build(o, out, err) == 2);
    CHECK(err.str().find("aizstātu projekta sakni") != std::string::npos);
    CHECK(fs::exists(root / "content/roles.toml"));
    fs::remove_all(root);
}

TEST_CASE("a content folder builds each page and each folder's list through the theme") {
    fs::path root = make_content_folder("pvpp-build-content-folder", "Skatīt [lapu](/p/a/).");
    write(root / "content/p/a.md", "+++\ntitle = \"Lapa A\"\nweight = 2\n+++\n\n## Virsraksts\n\nUz [B](/p/b/#beigas).\n");
    write(root / "content/p/b.md", "+++\ntitle = \"Lapa B\"\nweight = 1\n+++\n\n## Beigas\n");
    CHECK(build(root) == 0);
    std::string a = read(root / "output/site/p/a/index.html");
    CHECK(a.find("<h2 id=\"virsraksts\">Virsraksts</h2>") != std::string::npos);
    CHECK(a.find("href=\"../../p/b/index.html#beigas\"") != std::string::npos);
    CHECK(a.find("search") == std::string::npos);  // no search box: a content folder has no search index
    std::string list = read(root / "output/site/p/index.html");
    CHECK(list.find("Lapa B") < list.find("Lapa A"));  // by weight, then by path
    CHECK(fs::exists(root / "output/site/index.html"));
    fs::remove_all(root);
}

TEST_CASE("a broken link in a content folder stops the build with its place") {
    fs::path root = make_content_folder("pvpp-build-content-broken-link", "Skatīt [nekur](/p/nav/).");
    std::string err;
    CHECK(build(root, &err) == 1);
    // At the Markdown line of _index.md, with the root as given, not at the generated page.
    CHECK(err.find(root.string() + "/content/_index.md:") != std::string::npos);
    CHECK(err.find("saite '/p/nav/' nekur neved: nav lapas p/nav/") != std::string::npos);
    CHECK(err.find("site/index.html:") == std::string::npos);
    CHECK_FALSE(fs::exists(root / "output"));
    fs::remove_all(root);
}

TEST_CASE("SIGINT while signals are held back is noted only when they are let through") {
    pvpp::InterruptGuard guard;
    {
        pvpp::SignalBlock hold;
        std::raise(SIGINT);
        CHECK(pvpp::interrupted() == 0);
    }
    CHECK(pvpp::interrupted() == SIGINT);
}

TEST_CASE("a build that would drop a written card or a page says what goes, once; check says it without writing") {
    fs::path root = make_project("pvpp-build-dropped");
    std::string sections = "[scope]\nstatus = \"nav aprakstīts\"\n[duties]\nstatus = \"nav aprakstīts\"\n"
                           "[related]\nstatus = \"nav aprakstīts\"\n[conditions]\nstatus = \"nav aprakstīts\"\n"
                           "[capabilities]\nstatus = \"nav aprakstīts\"\n[resources]\nstatus = \"nav aprakstīts\"\n";
    write(root / "content/cards/PU2-1.toml", "task = \"PU2-1\"\n[result]\nresult = \"Plāns.\"\n" + sections +
                                                 "[guidance]\nactions = \"Plānot.\"\n");
    write(root / "content/pages/ievads.md", "+++\ntitle = \"Ievads\"\nslug = \"ievads\"\nsource = \"testa korpuss\"\n+++\n\nTeksts.\n");
    std::string err;
    REQUIRE(build(root, &err) == 0);
    CHECK(err.find("brīdinājum") == std::string::npos);
    fs::remove(root / "content/cards/PU2-1.toml");
    fs::remove(root / "content/pages/ievads.md");
    const std::string said =
        "content/cards/PU2-1.toml: brīdinājums: PU2-1 kartīte kopš iepriekšējās būvēšanas ir pazudusi, un līdz ar "
        "to tās aprakstītās sadaļas (2: 1, 8) pazūd no visiem rezultātiem (ja tas nav domāts, atjaunojiet "
        "content/cards/PU2-1.toml)\n"
        "content/pages/ievads.md: brīdinājums: lapa \"Ievads\" kopš iepriekšējās būvēšanas ir pazudusi un pazūd no "
        "visiem rezultātiem (ja tas nav domāts, atjaunojiet content/pages/ievads.md)\n"
        "0 kļūdu, 2 brīdinājumi\n";
    auto before = times_below(root / "output");
    pvpp::Options o;
    o.command = "check";
    o.root = root.string();
    o.out = (root / "output").string();
    std::ostringstream out, check_err;
    CHECK(pvpp::run_check(o, out, check_err) == 0);
    std::string prefix = root.string() + "/";
    std::string printed = check_err.str();
    for (std::size_t at; (at = printed.find(prefix)) != std::string::npos;) { printed.erase(at, prefix.size()); }
    CHECK(printed == said);
    CHECK(times_below(root / "output") == before);
    CHECK(build(root, &err) == 0);
    for (std::size_t at; (at = err.find(prefix)) != std::string::npos;) { err.erase(at, prefix.size()); }
    CHECK(err == said);
    std::ostringstream after;
    CHECK(pvpp::run_check(o, out, after) == 0);
    CHECK(after.str().empty());  // the build recorded what it now holds
    CHECK(build(root, &err) == 0);
    CHECK(err.empty());  // and a build with nothing changed does not replay the warnings
    fs::remove_all(root);
}
