// The search page: the header's search form lands here; search.js fills in the hits.
#include "render/common/urls.h"
#include "render/html/entity_pages.h"
#include "render/html/page_builder.h"

namespace pvpp {

PageView search_page(const RenderContext& ctx) {
    PageBuilder b(ctx, url::search(), "Meklēšana", "Meklēšana");
    b.section("", "<p id=\"search-count\" role=\"status\" aria-live=\"polite\"></p>"
                  "<ol id=\"search-results\"></ol>"
                  "<noscript><p class=\"gap\">Meklēšanai nepieciešams JavaScript. Saturu var atrast arī "
                  "no sākumlapas un nodaļu lapām.</p></noscript>");
    return b.take();
}

}  // namespace pvpp
