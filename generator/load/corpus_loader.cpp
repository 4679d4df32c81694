// Which file holds what, and the checks every file passes before it is parsed.
#include "load/corpus_loader.h"

#include <algorithm>
#include <functional>

#include "load/checked_file.h"
#include "load/content_loader.h"
#include "load/page_loader.h"
#include "load/record_loaders.h"
#include "util/text.h"

namespace pvpp {
namespace {

using RootLoader = std::function<void(TableReader&, Corpus&)>;

// The fixed files of the format (docs/content-format.md), in reading order.
const std::vector<std::pair<std::string, RootLoader>>& fixed_files() {
    static const std::vector<std::pair<std::string, RootLoader>> files = {
        {"content/terms.toml", load_terms},
        {"content/principles.toml", load_principles},
        {"content/scales.toml", load_scales},
        {"content/levels.toml", load_levels},
        {"content/stages.toml", load_stages},
        {"content/roles.toml", load_roles},
        {"content/conditions.toml", load_conditions},
        {"content/capabilities.toml", load_capabilities},
        {"content/competences.toml", load_competences},
        {"content/technologies.toml", load_technologies},
        {"data/workplan.toml", load_workplan},
        {"data/institutions.toml", load_institutions},
        {"data/site.toml", load_site},
    };
    return files;
}

using TextLoader = std::function<void(LoadContext&, Corpus&)>;

TextLoader toml_loader(const RootLoader& load) {
    return [load](LoadContext& ctx, Corpus& corpus) {
        auto table = parse_toml(ctx, ctx.text);
        if (!table) { return; }
        TableReader root(*table, ctx, ctx.file);
        load(root, corpus);
        root.finish();
    };
}

// A task or card file is named after its code: the loader is told the file's stem.
TextLoader coded_loader(const std::string& name, void (*load)(TableReader&, const std::string&, Corpus&)) {
    std::string code = name.substr(0, name.size() - std::string_view(".toml").size());
    return toml_loader([code, load](TableReader& t, Corpus& corpus) { load(t, code, corpus); });
}

// The loader for the corpus file path names, or none when it names no corpus file.
TextLoader loader_for(const std::string& path) {
    for (const auto& [fixed, loader] : fixed_files()) {
        if (path == fixed) { return toml_loader(loader); }
    }
    std::size_t slash = path.rfind('/');
    std::string dir = slash == std::string::npos ? "" : path.substr(0, slash);
    std::string name = path.substr(slash + 1);
    bool toml = name.size() > 5 && name.ends_with(".toml");
    if (dir == "content/tasks" && toml) { return coded_loader(name, load_task); }
    if (dir == "content/cards" && toml) { return coded_loader(name, load_card); }
    if (dir == "content/pages" && name.size() > 3 && name.ends_with(".md")) { return load_page; }
    return nullptr;
}

void load_if_present(const FileSystem& fs, const std::string& path, Diagnostics& diags, Corpus& corpus) {
    if (auto bytes = read_corpus_file(fs, path, diags)) { load_file(path, *bytes, diags, corpus); }
}

// Every file of a folder; a file its loader does not take is reported and skipped.
void load_folder(const FileSystem& fs, const std::string& dir, const char* not_taken,
                 const std::vector<std::string>& names, Diagnostics& diags, Corpus& corpus) {
    for (const auto& name : names) {
        std::string path = dir + "/" + name;
        if (!loader_for(path)) {
            diags.warning({path}, not_taken);
            continue;
        }
        load_if_present(fs, path, diags, corpus);
    }
}

// Tasks and cards in natural order of their codes (PU2-9 before PU2-10).
std::vector<std::string> natural_list(const FileSystem& fs, const std::string& dir, Diagnostics& diags) {
    std::vector<std::string> names = list_folder(fs, dir, diags);
    std::sort(names.begin(), names.end(), [](const auto& a, const auto& b) { return natural_less(a, b); });
    return names;
}

// A stray file in content/ or data/ is most likely a misnamed corpus file.
void warn_unknown_files(const std::string& dir, const std::vector<std::string>& names, Diagnostics& diags) {
    std::vector<std::string> known;
    for (const auto& [path, loader] : fixed_files()) { known.push_back(path); }
    for (const auto& name : names) {
        std::string path = dir + "/" + name;
        if (std::find(known.begin(), known.end(), path) != known.end()) { continue; }
        std::string message = "not a file of the corpus format; ignored";
        if (std::string guess = nearest(path, known); !guess.empty()) { message += " (did you mean " + guess + "?)"; }
        diags.warning({path}, message);
    }
}

}  // namespace

bool load_file(const std::string& path, const std::string& text, Diagnostics& diags, Corpus& corpus) {
    TextLoader loader = loader_for(path);
    if (!loader) { return false; }
    diags.remember_source(path, text);
    if (!check_bytes(path, text, diags)) { return true; }
    LoadContext ctx(path, text, diags);
    loader(ctx, corpus);
    return true;
}

Corpus load_corpus(const FileSystem& fs, Diagnostics& diags) {
    Corpus corpus;
    if (is_content_folder(fs)) {
        load_content_folder(fs, corpus, diags);
        return corpus;
    }
    // The two top folders are listed first: one that cannot be read is reported once, up front.
    std::vector<std::string> content = list_folder(fs, "content", diags);
    std::vector<std::string> data = list_folder(fs, "data", diags);
    if (diags.error_count() == 0 && !fs.is_dir("content") && !fs.is_dir("data")) {
        diags.error({"content"}, "no corpus here: neither content/ nor data/ exists (the policy corpus has "
                                 "content/ and data/, a content folder has content/_index.md)");
    }
    if (diags.error_count() > 0) { return corpus; }
    for (const auto& [path, loader] : fixed_files()) { load_if_present(fs, path, diags, corpus); }
    const char* not_toml = "not a .toml file; ignored";
    load_folder(fs, "content/tasks", not_toml, natural_list(fs, "content/tasks", diags), diags, corpus);
    load_folder(fs, "content/cards", not_toml, natural_list(fs, "content/cards", diags), diags, corpus);
    load_folder(fs, "content/pages", "not a .md page; ignored", list_folder(fs, "content/pages", diags), diags,
                corpus);
    warn_unknown_files("content", content, diags);
    warn_unknown_files("data", data, diags);
    return corpus;
}

}  // namespace pvpp
