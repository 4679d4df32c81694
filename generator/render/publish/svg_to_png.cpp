#include "render/publish/svg_to_png.h"

#include <cstdlib>
#include <filesystem>

#include "util/file_system.h"
#include "util/message.h"
#include "util/process.h"

namespace pvpp {
namespace {

namespace fs = std::filesystem;

// A private folder per call, so renderers running side by side never share a file.
std::string make_temp_dir() {
    std::error_code ec;
    std::string temp = (fs::temp_directory_path(ec) / "pvpp-rsvg-XXXXXX").string();
    return mkdtemp(temp.data()) ? temp : "";
}

}  // namespace

std::string find_rsvg_convert() { return find_on_path("rsvg-convert"); }

bool svg_to_png(const std::string& program, const std::string& svg, std::string& png, std::string& error) {
    std::string dir = make_temp_dir();
    if (dir.empty()) {
        error = _("cannot create a temporary folder for rsvg-convert");
        return false;
    }
    std::string in = dir + "/in.svg";
    std::string out = dir + "/out.png";
    write_file_bytes(in, svg);
    bool ok = run_quiet({program, "--zoom=2", "--background-color=white", "--output=" + out, in});
    png = read_file_bytes(out).value_or("");
    std::error_code ec;
    fs::remove_all(dir, ec);
    if (!ok || png.empty()) {
        error = _("rsvg-convert could not draw the picture");
        return false;
    }
    return true;
}

}  // namespace pvpp
