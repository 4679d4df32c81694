// Builds each workbook spec, writes it to a temporary file in the output folder and
// hands the bytes to OutputFolder, which owns the final name.
#include "render/xlsx/xlsx_renderer.h"

#include <filesystem>
#include <fstream>
#include <sstream>

#include "render/xlsx/policy_workbook.h"
#include "render/xlsx/portfolio_workbook.h"
#include "render/xlsx/self_assessment_workbook.h"
#include "render/xlsx/workplan_workbook.h"
#include "render/xlsx/xlsx_writer.h"

namespace pvpp {
namespace {

namespace fs = std::filesystem;

std::string read_bytes(const fs::path& path) {
    std::ifstream in(path, std::ios::binary);
    std::ostringstream bytes;
    bytes << in.rdbuf();
    return bytes.str();
}

void write_one(const WorkbookSpec& spec, OutputFolder& out, Diagnostics& diags) {
    std::error_code ec;
    fs::create_directories(out.dir(), ec);
    fs::path tmp = fs::path(out.dir()) / (".tmp-" + std::to_string(out.files_written()) + ".xlsx");
    if (write_workbook(spec, tmp.string(), out.dir(), diags)) { out.write(spec.file, read_bytes(tmp), diags); }
    fs::remove(tmp, ec);
}

}  // namespace

std::vector<Download> XlsxRenderer::downloads(const Corpus&) const {
    return {{"1. pielikums “Pakalpojumu pārvaldības politika” (Excel)", std::string("xlsx/") + k_policy_file},
            {"2. pielikums “Darba plāns” (Excel)", std::string("xlsx/") + k_workplan_file},
            {"Iestādes pašnovērtējums (P2.3, Excel)", std::string("xlsx/") + k_self_assessment_file},
            {"Pilnā pakalpojumu saraksta (portfolio) veidne (Excel)", std::string("xlsx/") + k_portfolio_file}};
}

void XlsxRenderer::render(const RenderContext& ctx, OutputFolder& out, Diagnostics& diags) const {
    write_one(policy_workbook(ctx.corpus), out, diags);
    write_one(workplan_workbook(ctx.corpus), out, diags);
    write_one(self_assessment_workbook(ctx.corpus), out, diags);
    write_one(portfolio_workbook(ctx.corpus), out, diags);
}

}  // namespace pvpp
