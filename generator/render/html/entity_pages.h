// Page views for every record of the corpus, one function per group of kinds.
#pragma once
#include <string>
#include <vector>

#include "model/entity.h"
#include "render/common/live_places.h"
#include "render/common/live_urls.h"
#include "render/common/page_content.h"
#include "render/html/page_builder.h"
#include "render/html/page_view.h"
#include "render/renderer.h"

namespace pvpp {

std::vector<PageView> policy_pages(const RenderContext& ctx);     ///< terms … roles
std::vector<PageView> task_pages(const RenderContext& ctx);       ///< tasks with their cards
std::vector<PageView> condition_pages(const RenderContext& ctx);  ///< conditions, capabilities, catalogues
std::vector<PageView> plan_pages(const RenderContext& ctx);       ///< work plan, institutions, prose
std::vector<PageView> chapter_pages(const RenderContext& ctx);    ///< the live site's chapter pages
/// The section index of each kind folder that has pages and no page of its own yet.
std::vector<PageView> kind_index_pages(const RenderContext& ctx, const std::vector<PageView>& pages);
PageView home_page(const RenderContext& ctx);
PageView workplan_page(const RenderContext& ctx);
PageView search_page(const RenderContext& ctx);
PageView not_found_page(const RenderContext& ctx);
PageView downloads_page(const RenderContext& ctx);

/// Adds a section of a live page's content under the given heading, its links relative to the page.
void content_section(PageBuilder& b, const ContentSection& section, const std::string& heading);

/// The role grid in a figure that scrolls sideways on a phone instead of shrinking its
/// words below reading size; focusable and named by the drawing's title for keyboards.
std::string role_grid_figure(const std::string& svg);

/// The pages of the kinds with no struct of their own, from their descriptors.
std::vector<PageView> generic_pages(const RenderContext& ctx);

/// A record as a link to its page ("PU2-10 Name"), "" when it has none or its kind is shown
/// only inside other pages (principles, scales, levels, stages, institution groups).
std::string record_link(const PageBuilder& b, const EntityKey& key);

/// A record as a link to its page, as record_link, for every kind with pages ("" when it has none).
std::string name_link(const PageBuilder& b, const EntityKey& key);

/// The records refs name as links (name_link), joined by commas.
std::string linked_names(const PageBuilder& b, EntityKind target, const std::vector<Ref>& refs);

/// "uzdevumi" → "Uzdevumi": a Latvian label at the start of a title (labels start with a-z).
std::string upper_first(std::string label);

/// Adds the "Saistīts ar" section: the records that refer to self.
void backlinks_section(PageBuilder& b, const EntityKey& self);

/// Adds the "Vieta politikā" field: a link to the record's place on its chapter page.
void place_in_chapter(PageBuilder& b, const EntityKey& key);

/// Opens a record's page: its code (kinds with codes), its place on its chapter page, then
/// where its values come from (review edition).
void record_header(PageBuilder& b, const EntityKey& key, const RecordProvenance& provenance);
PageView completeness_page(const RenderContext& ctx);
/// The responsibility matrix: every task × every role, at url::matrix().
PageView matrix_page(const RenderContext& ctx);

/// A matrix letter as its badge: <span class="letter letter-A">A</span>.
std::string letter_badge(char letter);
/// The "?" after a matrix cell read by inference, with its title; "" for a stated cell.
std::string inferred_mark(const MatrixCell& cell);

/// A value the sources do not give: marked in the review edition, `otherwise` in the public one.
std::string unknown_html(Edition e, const char* word = review_text::k_unknown_m, const char* otherwise = "");

}  // namespace pvpp
