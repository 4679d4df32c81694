// The validator keeps page slugs off the folders the site fills itself; the list it
// checks against must name every folder the URL scheme uses.
#include <doctest/doctest.h>

#include <algorithm>

#include "model/plan.h"
#include "render/common/urls.h"

namespace {

std::string first_segment(const std::string& url) {
    std::string rest = url.substr(3);  // after "lv/"
    return rest.substr(0, rest.find('/'));
}

}  // namespace

TEST_CASE("every generated folder under lv/ is a reserved slug") {
    using namespace pvpp;
    Capability unlinked;
    unlinked.code = "S9";
    Capability resource = unlinked;
    resource.code = "R9";
    resource.resource = true;
    const std::vector<std::string> urls = {
        url::task("PU2-1"), url::role("x"), url::condition("N1-1"), url::condition_group("N1"),
        url::capability(unlinked), url::capability(resource), url::term("x"), url::principle(1),
        url::scale("x"), url::level("x"), url::stage("x"), url::competence("x"), url::technology("x"),
        url::line("RV1"), url::measure("P1.1"), url::institution_group(1), url::matrix(), url::completeness(),
        url::workplan(), url::search(), url::downloads()};
    const auto& reserved = generated_url_segments();
    for (const auto& u : urls) {
        CAPTURE(u);
        REQUIRE(u.starts_with("lv/"));
        CHECK(std::find(reserved.begin(), reserved.end(), first_segment(u)) != reserved.end());
    }
}
