// Plans first (each needs its slug), then the picture that links to them. Workbooks go
// through libxlsxwriter into a private scratch folder and back into memory.
#include "cli/assessment_files.h"

#include <map>
#include <set>

#include "render/assessments/assessment_pages.h"
#include "render/assessments/heat_map.h"
#include "render/common/edition.h"
#include "render/xlsx/improvement_plan_workbook.h"
#include "render/xlsx/national_picture_workbook.h"
#include "render/xlsx/xlsx_writer.h"
#include "util/message.h"
#include "util/scratch_dir.h"
#include "util/slug.h"

namespace pvpp {
namespace {

// A file name per institution: its slug, numbered when two names fold to one.
void assign_slugs(std::vector<PlanView>& plans) {
    std::set<std::string> taken;
    for (std::size_t i = 0; i < plans.size(); ++i) {
        std::string base = slugify(plans[i].assessment->institution);
        // A name of no letters, or one Windows reserves as a device (NUL), still gets a file.
        if (!is_safe_slug(base)) { base = "iestade-" + base.substr(0, 180); }
        if (base.ends_with("-")) { base.pop_back(); }
        std::string slug = base;
        for (int n = 2; !taken.insert(slug).second; ++n) { slug = base + "-" + std::to_string(n); }
        plans[i].slug = slug;
    }
}

class WorkbookFiles {
   public:
    WorkbookFiles(OutputFolder& folder, Diagnostics& diags)
        : m_scratch("pvpp-novertejumi"), m_folder(folder), m_diags(diags) {}
    void write(const WorkbookSpec& spec) {
        if (m_scratch.path().empty()) {
            m_diags.error({"novertejumi"}, _("cannot create a temporary folder for the workbooks"));
            return;
        }
        if (auto bytes = workbook_bytes(spec, m_scratch.path(), 0, m_diags)) {
            m_folder.write(spec.file, std::move(*bytes), m_diags);
        }
    }

   private:
    ScratchDir m_scratch;
    OutputFolder& m_folder;
    Diagnostics& m_diags;
};

std::map<int, std::string> group_labels(const Corpus& corpus) {
    std::map<int, std::string> out;
    for (const auto* g : policy_groups(corpus)) { out[g->number] = group_label(*g); }
    return out;
}

}  // namespace

void render_assessment_files(const Corpus& corpus, const CorpusIndex& index, const AssessmentRun& run,
                             OutputFolder& folder, Diagnostics& diags) {
    auto parts = assessment_parts(corpus);
    std::vector<PlanView> plans;
    for (const auto& a : run.assessments) { plans.push_back(plan_view(corpus, index, parts, a)); }
    assign_slugs(plans);
    WorkbookFiles workbooks(folder, diags);
    for (const auto& plan : plans) {
        workbooks.write(improvement_plan_workbook(plan, document_date(corpus)));
        folder.write("plani/" + plan.slug + ".html", plan_page(plan), diags);
    }
    NationalPicture picture = national_picture(parts, run.assessments, run.expected);
    auto groups = group_labels(corpus);
    workbooks.write(national_picture_workbook({picture, parts, run.assessments, plans, groups, document_date(corpus)}));
    std::string svg = heat_map_svg(picture, parts, run.assessments.size());
    folder.write("karte.svg", svg, diags);
    std::string group_svg = group_heat_map_svg(picture, parts, groups);
    folder.write("karte-pa-grupam.svg", group_svg, diags);
    folder.write("index.html", picture_page({picture, parts, plans, groups, run.has_expected_list, svg, group_svg}),
                 diags);
}

}  // namespace pvpp
