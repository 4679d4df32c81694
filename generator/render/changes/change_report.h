// The change report as a web page: izmainas/index.html with the site's stylesheet
// and its own, no script and no inline style.
#pragma once
#include <string>
#include <vector>

#include "compare/change.h"
#include "render/common/link_check.h"
#include "render/common/theme.h"

namespace pvpp {

/// What the page says about the two versions it compares.
struct ChangeReportInfo {
    std::string old_root;
    std::string new_root;
    std::string site_title;
};

/// The folder below output/ the report of `pvpp diff` owns.
inline constexpr const char* k_change_report_folder = "izmainas";

/// The theme templates the report needs.
const std::vector<std::string>& change_report_templates();

/// index.html, style.css and izmainas.css of the report.
std::vector<OutputFile> change_report_files(const ChangeSet& set, const ChangeReportInfo& info, const Theme& theme);

}  // namespace pvpp
