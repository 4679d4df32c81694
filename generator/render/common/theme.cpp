#include "render/common/theme.h"

#include <filesystem>
#include <fstream>
#include <map>
#include <sstream>

#include "render/common/template_error.h"
#include "util/slug.h"

namespace pvpp {

namespace fs = std::filesystem;

namespace {

// A root without themes/ (a bare content folder) uses the themes pvpp was built with.
std::string themes_folder(const std::string& root) {
    std::error_code ec;
    return fs::is_directory(root + "/themes", ec) ? root + "/themes" : std::string(PVPP_THEME_DIR);
}

}  // namespace

Theme::Theme() : m_cache(std::make_unique<ctemplate::TemplateCache>()) {}

bool Theme::load(const std::string& root, const std::string& name, const std::vector<std::string>& templates,
                 Diagnostics& diags) {
    std::string themes = themes_folder(root);
    std::string dir = themes + "/" + name;
    if (!is_safe_slug(name) || !fs::is_directory(dir)) {
        diags.error({"themes/" + name}, "theme '" + name + "' does not exist: there is no folder themes/" + name +
                                             "/ (see --theme)");
        m_cache->Freeze();
        return false;
    }
    std::string fallback = themes + "/default";
    m_cache->SetTemplateRootDirectory(dir + "/templates");
    m_static_dirs = {fallback + "/static"};
    if (name != "default") {
        m_cache->AddAlternateTemplateRootDirectory(fallback + "/templates");
        m_static_dirs.push_back(dir + "/static");
    }
    bool ok = true;
    for (const auto& t : templates) {
        std::string found = m_cache->FindTemplateFilename(t);
        if (found.empty()) {
            diags.error({"themes/" + name + "/templates/" + t}, "theme template is missing");
            ok = false;
        } else if (!load_template(*m_cache, t, found, fs::relative(found, root).string(), diags)) {
            ok = false;
        }
    }
    m_cache->Freeze();  // from here on, expansion only reads: safe on every core
    return ok;
}

std::string Theme::expand(const std::string& name, const ctemplate::TemplateDictionary& dict) const {
    std::string out;
    m_cache->ExpandNoLoad(name, ctemplate::DO_NOT_STRIP, &dict, nullptr, &out);
    return out;
}

// Later folders win, so a user theme's file replaces the default one of the same name.
std::vector<OutputFile> Theme::static_files() const {
    std::map<std::string, std::string> by_name;
    for (const auto& dir : m_static_dirs) {
        std::error_code ec;
        for (fs::directory_iterator it(dir, ec), end; !ec && it != end; it.increment(ec)) {
            std::ifstream in(it->path(), std::ios::binary);
            std::ostringstream bytes;
            bytes << in.rdbuf();
            by_name[it->path().filename().string()] = bytes.str();
        }
    }
    std::vector<OutputFile> files;
    for (auto& [name, bytes] : by_name) { files.push_back({"static/" + name, std::move(bytes)}); }
    return files;
}

std::string Theme::read_static(const std::string& name) const {
    std::string bytes;
    for (const auto& dir : m_static_dirs) {
        std::ifstream in(dir + "/" + name, std::ios::binary);
        if (!in) { continue; }
        std::ostringstream read;
        read << in.rdbuf();
        bytes = read.str();
    }
    return bytes;
}

}  // namespace pvpp
