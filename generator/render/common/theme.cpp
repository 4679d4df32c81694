#include "render/common/theme.h"

#include <filesystem>
#include <fstream>
#include <sstream>

namespace pvpp {

namespace fs = std::filesystem;

Theme::Theme() : m_cache(std::make_unique<ctemplate::TemplateCache>()) {}

bool Theme::load(const std::string& root, const std::string& name, const std::vector<std::string>& templates,
                 Diagnostics& diags) {
    std::string dir = root + "/themes/" + name;
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
        if (found.empty() || !m_cache->LoadTemplate(t, ctemplate::DO_NOT_STRIP)) {
            std::string shown = found.empty() ? "themes/" + name + "/templates/" + t
                                              : fs::relative(found, root).string();
            diags.error({shown}, found.empty() ? "theme template is missing"
                                               : "theme template has a syntax error");
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
