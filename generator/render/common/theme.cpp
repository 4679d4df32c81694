#include "render/common/theme.h"

#include <algorithm>
#include <filesystem>
#include <optional>

#include "load/checked_file.h"
#include "render/common/template_error.h"
#include "util/message.h"
#include "util/slug.h"

namespace pvpp {

namespace fs = std::filesystem;

namespace {

constexpr const char* k_themes_root =
    N_("the themes folder (a theme is read only from inside it, or from pvpp's own themes)");

// A root without themes/ (a bare content folder) uses the themes pvpp was built with.
std::string themes_folder(const std::string& root) {
    std::error_code ec;
    return fs::is_directory(root + "/themes", ec) ? root + "/themes" : std::string(PVPP_THEME_DIR);
}

// Every entry of a static folder but its real subfolders: links, FIFOs and devices too, so
// that the checked read refuses them at the file instead of their being skipped quietly.
std::vector<std::string> static_entries(const std::string& dir) {
    std::vector<std::string> names;
    std::error_code ec;
    for (fs::directory_iterator it(dir, ec), end; !ec && it != end; it.increment(ec)) {
        std::error_code type_ec;
        if (it->is_symlink(type_ec) || !it->is_directory(type_ec)) { names.push_back(it->path().filename().string()); }
    }
    std::sort(names.begin(), names.end());
    return names;
}

}  // namespace

Theme::Theme() : m_cache(std::make_unique<ctemplate::TemplateCache>()) {}

bool Theme::load(const std::string& root, const std::string& name, const std::vector<std::string>& templates,
                 Diagnostics& diags) {
    std::string themes = themes_folder(root);
    if (!is_safe_slug(name) || !fs::is_directory(themes + "/" + name)) {
        diags.error({"themes/" + name},
                    fill(_("theme '{1}' does not exist: there is no folder themes/{1}/ (see --theme)"), {name}));
        m_cache->Freeze();
        return false;
    }
    m_layers = {"default"};
    if (name != "default") { m_layers.push_back(name); }
    for (const auto& layer : m_layers) { m_static_dirs.push_back(themes + "/" + layer + "/static"); }
    DiskFileSystem files(themes, k_themes_root);
    files.allow_links_into(PVPP_THEME_DIR);  // pvpp's own theme files are safe to reuse
    bool ok = load_static(files, diags);
    for (const auto& t : templates) { ok = load_template_file(files, t, diags) && ok; }
    m_cache->Freeze();  // from here on, expansion only reads: safe on every core
    return ok;
}

// The user theme's template if it has one, else the default theme's.
bool Theme::load_template_file(const FileSystem& files, const std::string& name, Diagnostics& diags) {
    for (auto layer = m_layers.rbegin(); layer != m_layers.rend(); ++layer) {
        std::string path = *layer + "/templates/" + name;
        FileRead file = files.read(path, k_max_file_bytes);
        if (file.outcome == FileRead::Outcome::missing) { continue; }
        std::optional<std::string> text = checked_bytes(std::move(file), "themes/" + path, diags);
        return text && load_template(*m_cache, name, *text, "themes/" + path, diags);
    }
    diags.error({"themes/" + m_layers.back() + "/templates/" + name}, _("theme template is missing"));
    return false;
}

// Later folders win, so a user theme's file replaces the default one of the same name.
bool Theme::load_static(const FileSystem& files, Diagnostics& diags) {
    bool ok = true;
    for (std::size_t i = 0; i < m_layers.size(); ++i) {
        std::string dir = m_layers[i] + "/static";
        if (std::string why = files.list(dir).reason; !why.empty()) {
            diags.error({"themes/" + dir}, fill(_("cannot read the folder: {1}"), {why}));
            ok = false;
            continue;
        }
        for (const auto& name : static_entries(m_static_dirs[i])) {
            FileRead file = files.read(dir + "/" + name, k_max_file_bytes);
            if (file.outcome == FileRead::Outcome::missing) { continue; }  // gone since the listing
            std::optional<std::string> bytes = checked_bytes(std::move(file), "themes/" + dir + "/" + name, diags);
            if (bytes) {
                m_static[name] = std::move(*bytes);
            } else {
                ok = false;
            }
        }
    }
    return ok;
}

std::string Theme::expand(const std::string& name, const ctemplate::TemplateDictionary& dict) const {
    std::string out;
    m_cache->ExpandNoLoad(name, ctemplate::DO_NOT_STRIP, &dict, nullptr, &out);
    return out;
}

std::vector<OutputFile> Theme::static_files() const {
    std::vector<OutputFile> files;
    for (const auto& [name, bytes] : m_static) { files.push_back({"static/" + name, bytes}); }
    return files;
}

std::string Theme::read_static(const std::string& name) const {
    auto it = m_static.find(name);
    return it == m_static.end() ? std::string() : it->second;
}

}  // namespace pvpp
