// Which file holds what, and the checks every file passes before it is parsed.
#include <algorithm>
#include "load/corpus_loader.h"

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

void load_toml_file(const FileSystem& fs, const std::string& path, Diagnostics& diags,
                    const std::function<void(TableReader&)>& load) {
    auto text = read_checked(fs, path, diags);
    if (!text) { return; }
    LoadContext ctx(path, *text, diags);
    auto table = parse_toml(ctx, *text);
    if (!table) { return; }
    TableReader root(*table, ctx, path);
    load(root);
    root.finish();
}

std::string stem(const std::string& name, const std::string& extension) {
    return name.size() > extension.size() ? name.substr(0, name.size() - extension.size()) : name;
}

void load_folder(const FileSystem& fs, const std::string& dir, Diagnostics& diags, Corpus& corpus,
                 void (*load)(TableReader&, const std::string&, Corpus&)) {
    std::vector<std::string> names = fs.list(dir);
    std::sort(names.begin(), names.end(), [](const auto& a, const auto& b) { return natural_less(a, b); });
    for (const auto& name : names) {
        if (!name.ends_with(".toml")) {
            diags.warning({dir + "/" + name}, "not a .toml file; ignored");
            continue;
        }
        std::string code = stem(name, ".toml");
        load_toml_file(fs, dir + "/" + name, diags, [&](TableReader& t) { load(t, code, corpus); });
    }
}

void load_pages(const FileSystem& fs, Diagnostics& diags, Corpus& corpus) {
    for (const auto& name : fs.list("content/pages")) {
        std::string path = "content/pages/" + name;
        if (!name.ends_with(".md")) {
            diags.warning({path}, "not a .md page; ignored");
            continue;
        }
        auto text = read_checked(fs, path, diags);
        if (!text) { continue; }
        LoadContext ctx(path, *text, diags);
        load_page(ctx, corpus);
    }
}

// A stray file in content/ or data/ is most likely a misnamed corpus file.
void warn_unknown_files(const FileSystem& fs, const std::string& dir, Diagnostics& diags) {
    std::vector<std::string> known;
    for (const auto& [path, loader] : fixed_files()) { known.push_back(path); }
    for (const auto& name : fs.list(dir)) {
        std::string path = dir + "/" + name;
        if (std::find(known.begin(), known.end(), path) != known.end()) { continue; }
        std::string message = "not a file of the corpus format; ignored";
        if (std::string guess = nearest(path, known); !guess.empty()) { message += " (did you mean " + guess + "?)"; }
        diags.warning({path}, message);
    }
}

}  // namespace

Corpus load_corpus(const FileSystem& fs, Diagnostics& diags) {
    Corpus corpus;
    if (is_content_folder(fs)) {
        load_content_folder(fs, corpus, diags);
        return corpus;
    }
    if (!fs.is_dir("content") && !fs.is_dir("data")) {
        diags.error({"content"}, "no corpus here: neither content/ nor data/ exists (the policy corpus has "
                                 "content/ and data/, a content folder has content/_index.md)");
        return corpus;
    }
    for (const auto& [path, loader] : fixed_files()) {
        load_toml_file(fs, path, diags, [&](TableReader& t) { loader(t, corpus); });
    }
    load_folder(fs, "content/tasks", diags, corpus, load_task);
    load_folder(fs, "content/cards", diags, corpus, load_card);
    load_pages(fs, diags, corpus);
    warn_unknown_files(fs, "content", diags);
    warn_unknown_files(fs, "data", diags);
    return corpus;
}

}  // namespace pvpp
