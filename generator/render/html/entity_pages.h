// Page views for every record of the corpus, one function per group of kinds.
#pragma once
#include <string>
#include <vector>

#include "render/html/page_view.h"
#include "render/renderer.h"

namespace pvpp {

std::vector<PageView> policy_pages(const RenderContext& ctx);     ///< terms … roles
std::vector<PageView> task_pages(const RenderContext& ctx);       ///< tasks with their cards
std::vector<PageView> condition_pages(const RenderContext& ctx);  ///< conditions, capabilities, catalogues
std::vector<PageView> plan_pages(const RenderContext& ctx);       ///< work plan, institutions, prose
PageView home_page(const RenderContext& ctx);
PageView completeness_page(const RenderContext& ctx);
/// The responsibility matrix: every task × every role, at url::matrix().
PageView matrix_page(const RenderContext& ctx);

/// Latvian label of the level group of a task: 1, 2 or 3.
const char* task_group_name(int group);

/// Latvian word for the reading confidence of a matrix row ("high" → "augsta").
const char* confidence_label(const std::string& confidence);

}  // namespace pvpp
