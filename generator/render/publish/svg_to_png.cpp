#include "render/publish/svg_to_png.h"

#include "util/file_system.h"
#include "util/message.h"
#include "util/process.h"
#include "util/scratch_dir.h"

namespace pvpp {

std::string find_rsvg_convert() { return find_on_path("rsvg-convert"); }

bool svg_to_png(const std::string& program, const std::string& svg, std::string& png, std::string& error) {
    ScratchDir scratch("pvpp-rsvg");  // a folder per call: renderers side by side never share a file
    const std::string& dir = scratch.path();
    if (dir.empty()) {
        error = _("cannot create a temporary folder for rsvg-convert");
        return false;
    }
    std::string in = dir + "/in.svg";
    std::string out = dir + "/out.png";
    write_file_bytes(in, svg);
    bool ok = run_quiet({program, "--zoom=2", "--background-color=white", "--output=" + out, in});
    png = read_file_bytes(out).value_or("");
    if (!ok || png.empty()) {
        error = _("rsvg-convert could not draw the picture");
        return false;
    }
    return true;
}

}  // namespace pvpp
