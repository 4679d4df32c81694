// Builds each workbook spec, writes it with libxlsxwriter to a private temporary folder
// (the library writes only to files) and hands the bytes to OutputFolder.
#include "render/xlsx/xlsx_renderer.h"

#include "render/xlsx/policy_workbook.h"
#include "render/xlsx/portfolio_workbook.h"
#include "render/xlsx/public_workbook.h"
#include "render/xlsx/self_assessment_workbook.h"
#include "render/xlsx/sheet_builder.h"
#include "render/xlsx/workplan_workbook.h"
#include "render/xlsx/xlsx_writer.h"
#include "util/message.h"
#include "util/parallel.h"
#include "util/scratch_dir.h"

namespace pvpp {

std::vector<Download> XlsxRenderer::downloads(const Corpus&) const {
    return {{"1. pielikums “Pakalpojumu pārvaldības politika” (Excel)", std::string("xlsx/") + k_policy_file},
            {"2. pielikums “Darba plāns” (Excel)", std::string("xlsx/") + k_workplan_file},
            {"Iestādes pašnovērtējums (P2.3, Excel)", std::string("xlsx/") + k_self_assessment_file},
            {"Pilnā pakalpojumu saraksta (portfolio) veidne (Excel)", std::string("xlsx/") + k_portfolio_file}};
}

// The four workbooks are independent: each is specified and written on a core of its own.
void XlsxRenderer::render(const RenderContext& ctx, OutputFolder& out, Diagnostics& diags) const {
    ScratchDir scratch("pvpp-xlsx");
    if (scratch.path().empty()) {
        diags.error({"xlsx"}, _("cannot create a temporary folder for the workbooks"));
        return;
    }
    using Spec = WorkbookSpec (*)(const Corpus&);
    const Spec specs[] = {policy_workbook, workplan_workbook, self_assessment_workbook, portfolio_workbook};
    struct Result {
        std::string file;
        std::optional<std::string> bytes;
        Diagnostics diags;
    };
    auto results = parallel_map<Result>(std::size(specs), [&](std::size_t i) {
        Result r;
        WorkbookSpec spec = specs[i](ctx.corpus);
        // The appendices are published; the self-assessment and portfolio templates are blank forms to fill in.
        bool appendix = spec.file == k_policy_file || spec.file == k_workplan_file;
        if (appendix && ctx.config.edition == Edition::public_) { make_public(spec); }
        for (auto& sheet : spec.sheets) {
            if (appendix) { continue_tall_rows(sheet); }
        }
        r.file = spec.file;
        r.bytes = workbook_bytes(spec, scratch.path(), i, r.diags);
        return r;
    });
    for (auto& r : results) {
        diags.append(std::move(r.diags));
        if (r.bytes) { out.write(r.file, std::move(*r.bytes), diags); }
    }
}

}  // namespace pvpp
