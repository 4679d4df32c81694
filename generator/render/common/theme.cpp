#include "render/common/theme.h"

#include <filesystem>
#include <fstream>
#include <sstream>

#include "render/common/template_error.h"
#include "util/slug.h"

namespace pvpp {

namespace fs = std::filesystem;

Theme::Theme() : m_cache(std::make_unique<ctemplate::TemplateCache>()) {}

bool Theme::load(const std::string& root, const std::string& name, const std::vector<std::string>& templates,
                 Diagnostics& diags) {
    std::string dir = root + "/themes/" + name;
    if (!is_safe_slug(name) || !fs::is_directory(dir)) {
        diags.error({"themes/" + name}, "theme '" + name + "' does not exist: there is no folder themes/" + name +
                                             "/ (see --theme)");
        m_cache->Freeze();
        return false;
    }
    std::string fallback = root + "/themes/default";
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
