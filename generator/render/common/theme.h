// Theme templates (ctemplate, HTML auto-escaping): parsed once, expanded per page.
#pragma once
#include <ctemplate/template.h>

#include <map>
#include <memory>
#include <string>
#include <vector>

#include "diag/diagnostics.h"
#include "render/common/output_folder.h"
#include "util/file_system.h"

namespace pvpp {

/// A theme is a folder with templates/ and static/. A user theme overrides the
/// default theme file by file. Its files are read as carefully as the corpus
/// (load/checked_file.h): regular files only, their real path inside the themes
/// folder (or pvpp's own themes), 8 MiB at most; a theme may come from anyone who
/// sends a change.
class Theme {
   public:
    Theme();
    /// Loads the named templates and reads every static file; a missing or broken
    /// template, or a theme file that may not be read, is reported.
    bool load(const std::string& root, const std::string& name, const std::vector<std::string>& templates,
              Diagnostics& diags);
    /// Expands a loaded template; safe to call from several threads.
    std::string expand(const std::string& name, const ctemplate::TemplateDictionary& dict) const;
    /// Every file of the static folders as "static/<name>"; a user theme's file replaces
    /// the default one of the same name.
    std::vector<OutputFile> static_files() const;
    /// A static file's bytes, from the last static folder that has it (a user theme's
    /// wins); "" when none has it.
    std::string read_static(const std::string& name) const;

   private:
    bool load_template_file(const FileSystem& files, const std::string& name, Diagnostics& diags);
    bool load_static(const FileSystem& files, Diagnostics& diags);

    std::unique_ptr<ctemplate::TemplateCache> m_cache;
    std::vector<std::string> m_layers;            ///< theme folder names, default first
    std::vector<std::string> m_static_dirs;       ///< folders holding static files, default theme first
    std::map<std::string, std::string> m_static;  ///< file name → bytes, a user theme's winning
};

}  // namespace pvpp
