// The search page: the header's search form lands here; search.js fills in the hits.
#include "render/common/urls.h"
#include "render/html/entity_pages.h"
#include "render/html/page_builder.h"
#include "util/text.h"

namespace pvpp {

PageView search_page(const RenderContext& ctx) {
    PageBuilder b(ctx, url::search(), "Meklēšana", "Meklēšana");
    b.section("", "<p id=\"search-count\" role=\"status\" aria-live=\"polite\"></p>"
                  "<ol id=\"search-results\"></ol>"
                  "<noscript><p class=\"gap\">Meklēšanai nepieciešams JavaScript. Saturu var atrast arī "
                  "no sākumlapas un nodaļu lapām.</p></noscript>");
    return b.take();
}

// Served by static hosts for a missing address; it sits at the site root, so its links are root-relative.
PageView not_found_page(const RenderContext& ctx) {
    PageBuilder b(ctx, url::home(), "Kļūda 404", "Lapa nav atrasta");
    b.view().file = "404.html";
    b.section("", "<p>Šāda lapa šajā vietnē nav atrodama. Iespējams, tā ir pārvietota vai adrese ir ierakstīta "
                  "kļūdaini.</p>" + PageBuilder::list({b.link("Uz sākumlapu", url::home()),
                                                       b.link("Meklēt vietnē", url::search())}));
    return b.take();
}

}  // namespace pvpp
