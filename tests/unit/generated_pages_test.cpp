// The validator keeps page slugs off the pages the site makes itself; the list it checks
// against must name every such page of the URL scheme.
#include <doctest/doctest.h>

#include <algorithm>

#include "model/plan.h"
#include "render/common/urls.h"

TEST_CASE("every page the site makes itself under lv/ has a reserved slug") {
    using namespace pvpp;
    const auto& reserved = generated_page_slugs();
    for (const auto& u : {url::matrix(), url::completeness(), url::workplan(), url::search(), url::downloads()}) {
        CAPTURE(u);
        REQUIRE(u.starts_with("lv/"));
        REQUIRE(u.ends_with("/"));
        std::string slug = u.substr(3, u.size() - 4);
        CHECK(std::find(reserved.begin(), reserved.end(), slug) != reserved.end());
    }
    CHECK(reserved.size() == 5);
}
