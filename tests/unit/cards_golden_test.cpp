// Golden test of the PU2-10 card of the shipped corpus (seed 004): the card's
// <article> must equal tests/cards/expected/PU2-10.card.html. PVPP_UPDATE_EXPECTED=1
// rewrites it (make golden-update); review the diff like code.
#include <doctest/doctest.h>

#include <cstdlib>
#include <fstream>

#include "render/cards/card_document.h"
#include "render/cards/cards_renderer.h"
#include "test_site.h"

using namespace pvpp;

TEST_CASE("golden card PU2-10") {
    DiskFileSystem files(PVPP_SOURCE_DIR);
    auto site = test::load_site(files);
    REQUIRE(site->diags.error_count() == 0);
    Theme theme;
    REQUIRE(theme.load(site->config.root, "default", card_templates(), site->diags));
    RenderContext ctx = site->context();
    std::string actual = CardDocuments(ctx, theme, "").card_body(*site->index.find<Task>(EntityKind::task, "PU2-10"));
    std::string path = std::string(PVPP_SOURCE_DIR) + "/tests/cards/expected/PU2-10.card.html";
    if (std::getenv("PVPP_UPDATE_EXPECTED")) {
        std::ofstream(path, std::ios::binary) << actual;
    }
    std::string expected = test::read_file(path);
    CHECK_MESSAGE(!expected.empty(), "missing " << path << " (run make golden-update)");
    CHECK(actual == expected);
}
