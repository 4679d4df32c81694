#include "cli/serve/site_files.h"

#include <algorithm>
#include <filesystem>

#include "cli/out_folder.h"
#include "render/common/output_folder.h"

namespace pvpp {

namespace fs = std::filesystem;

namespace {

SiteFile look_at(const fs::path& candidate, const fs::path& out, std::string_view url_path) {
    std::error_code ec;
    if (!within_folder(candidate, out)) { return {}; }  // its real path, links resolved
    if (fs::is_regular_file(candidate, ec)) { return {SiteFile::Kind::file, candidate.string()}; }
    if (fs::is_directory(candidate, ec) && !url_path.ends_with('/')) {
        return {SiteFile::Kind::redirect, encode_url_path(url_path) + "/"};
    }
    return {};
}

}  // namespace

std::string encode_url_path(std::string_view path) {
    static const char* hex = "0123456789ABCDEF";
    std::string out;
    for (unsigned char c : path) {
        if (std::isalnum(c) || c == '/' || c == '-' || c == '_' || c == '.' || c == '~') {
            out += static_cast<char>(c);
        } else {
            out += '%';
            out += hex[c >> 4];
            out += hex[c & 15];
        }
    }
    return out;
}

SiteFile resolve_site_file(const std::string& out_dir, std::string_view url_path,
                           const std::vector<std::string>& beside) {
    if (!url_path.starts_with('/')) { return {}; }
    std::string rel(url_path.substr(1));
    if (rel.empty() || rel.ends_with('/')) { rel += "index.html"; }
    if (!is_safe_relative_path(rel)) { return {}; }
    fs::path out(out_dir);
    SiteFile found = look_at(out / "site" / rel, out, url_path);
    std::string top = rel.substr(0, rel.find('/'));
    if (found.kind == SiteFile::Kind::missing && top != "site" &&
        std::find(beside.begin(), beside.end(), top) != beside.end()) {
        found = look_at(out / rel, out, url_path);  // the workbooks and cards beside the site
    }
    return found;
}

}  // namespace pvpp
