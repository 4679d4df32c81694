// The search page: the header's search form lands here; search.js fills in the hits.
#include "render/common/urls.h"
#include "render/html/entity_pages.h"
#include "render/html/page_builder.h"
#include "util/text.h"

namespace pvpp {

namespace {

// The page's own box: on a phone the header's box may be out of sight.
constexpr const char* k_search_form =
    "<form role=\"search\" class=\"search-page-form\" action=\"index.html\" aria-label=\"Meklēšana vietnē\">"
    "<label for=\"search-query\">Meklējamie vārdi vai kods</label>"
    "<input id=\"search-query\" name=\"q\" type=\"search\" autocomplete=\"off\">"
    "<button type=\"submit\">Meklēt</button></form>";

// What the box takes, shown until there is a query (search.js hides it).
constexpr const char* k_search_help =
    "<p id=\"search-help\" class=\"search-help\">Rakstiet vārdus jebkurā locījumā un skaitlī, arī bez "
    "garumzīmēm („finanšu pārvaldību“ vai „finansu parvaldibu“), vai kodu: <code>PU2-10</code>, "
    "<code>N4-1</code>, <code>S2-1</code>, <code>P4.2</code>, <code>RV3</code>.</p>";

constexpr const char* k_search_results =
    "<p id=\"search-count\" role=\"status\" aria-live=\"polite\"></p><ol id=\"search-results\"></ol>"
    "<noscript><p class=\"gap\">Meklēšanai nepieciešams JavaScript. Saturu var atrast arī no sākumlapas un "
    "nodaļu lapām.</p></noscript>";

}  // namespace

PageView search_page(const RenderContext& ctx) {
    PageBuilder b(ctx, url::search(), "Meklēšana", "Meklēšana");
    b.section("", std::string(k_search_form) + k_search_help + k_search_results);
    return b.take();
}

// Served by static hosts (and pvpp serve) at whatever address was missing: its links start at the root.
PageView not_found_page(const RenderContext& ctx) {
    PageBuilder b(ctx, url::home(), "Kļūda 404", "Lapa nav atrasta");
    b.view().file = "404.html";
    b.view().from_root = true;
    b.view().breadcrumbs = {{"Sākums", b.href(url::home())}};  // the builder's was made before
    b.section("", "<p>Šāda lapa šajā vietnē nav atrodama. Iespējams, tā ir pārvietota vai adrese ir ierakstīta "
                  "kļūdaini.</p>" + PageBuilder::list({b.link("Uz sākumlapu", url::home()),
                                                       b.link("Meklēt vietnē", url::search())}));
    return b.take();
}

}  // namespace pvpp
