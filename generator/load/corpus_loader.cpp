// Which file holds what, and the checks every file passes before it is parsed.
#include "load/corpus_loader.h"

#include <algorithm>
#include <functional>

#include "load/checked_file.h"
#include "load/content_loader.h"
#include "load/page_loader.h"
#include "load/record_loaders.h"
#include "model/record_kinds.h"
#include "util/message.h"
#include "util/parallel.h"
#include "util/text.h"

namespace pvpp {
namespace {

using RootLoader = std::function<void(TableReader&, Corpus&)>;

// The site's settings are its file's root table, read before its live pages.
const char* const k_site_file = "data/site.toml";

// The files of a fixed name in reading order (docs/content-format.md): each kind's, in kind
// order, a file of two kinds once; tasks, cards and pages are folders of files.
std::vector<std::string> named_files() {
    std::vector<std::string> paths;
    for (const auto& k : record_kinds()) {
        std::string file = k.file;
        if (file.find('*') == std::string::npos && std::find(paths.begin(), paths.end(), file) == paths.end()) {
            paths.push_back(file);
        }
    }
    return paths;
}

// A file of records: every kind written in it that the generic loader reads (a shipped kind
// with `append`, or a registered one), in kind order; none when no such kind is written there.
RootLoader records_loader(const std::string& path) {
    std::vector<EntityKind> kinds;
    for (const auto& k : record_kinds()) {
        if ((k.append || !k.records) && path == k.file) { kinds.push_back(k.kind); }
    }
    if (kinds.empty()) { return nullptr; }
    return [kinds](TableReader& root, Corpus& corpus) {
        for (EntityKind kind : kinds) { load_kind(root, kind, corpus); }
    };
}

/// Loads a file's text (a TOML file's parsed root table, parsed ahead on another thread).
using TextLoader = std::function<void(LoadContext&, Corpus&, toml::table& table)>;

// A file of records ([[term]] …) may say once at its top where they all come from; a
// file whose root table is itself a record (a task, the site) reads that as the record's,
// and its loader finishes it.
TextLoader toml_loader(const RootLoader& load, bool root_is_record = false) {
    return [load, root_is_record](LoadContext& ctx, Corpus& corpus, toml::table& table) {
        TableReader root(table, ctx, ctx.file);
        if (!root_is_record) { ctx.file_provenance = read_provenance_keys(root); }
        load(root, corpus);
        if (!root_is_record) { root.finish(); }
    };
}

void load_task(TableReader& root, Corpus& corpus) { load_record(root, EntityKind::task, corpus); }

// The loader for the corpus file path names, or none when it names no corpus file.
TextLoader loader_for(const std::string& path) {
    if (path == k_site_file) { return toml_loader(load_site, true); }
    if (RootLoader load = records_loader(path)) { return toml_loader(load); }
    std::size_t slash = path.rfind('/');
    std::string dir = slash == std::string::npos ? "" : path.substr(0, slash);
    std::string name = path.substr(slash + 1);
    bool toml = name.size() > 5 && name.ends_with(".toml");
    if (dir == "content/tasks" && toml) { return toml_loader(load_task, true); }
    if (dir == "content/cards" && toml) { return toml_loader(load_card, true); }
    if (dir == "content/pages" && name.size() > 3 && name.ends_with(".md")) {
        return [](LoadContext& ctx, Corpus& corpus, toml::table&) { load_page(ctx, corpus); };
    }
    return nullptr;
}

/// A corpus file read, checked and (TOML) parsed on any thread, its findings kept apart:
/// parsing is most of what loading costs, and the loaders then add to the corpus in order.
struct PreparedFile {
    std::string path;
    std::optional<std::string> text;
    bool ok = false;         ///< its bytes pass and its TOML, if it is TOML, parses
    toml::table table = {};  ///< a TOML file's root table
    Diagnostics diags = {};
};

// The text's bytes checked and (a TOML file's) parsed.
void check(PreparedFile& f) {
    f.diags.remember_source(f.path, *f.text);
    f.ok = check_bytes(f.path, *f.text, f.diags);
    if (!f.ok || !f.path.ends_with(".toml")) { return; }
    LoadContext ctx(f.path, *f.text, f.diags);
    auto table = parse_toml(ctx, *f.text);
    f.ok = table.has_value();
    if (table) { f.table = std::move(*table); }
}

// Its findings, then what its loader reads.
void load_prepared(PreparedFile& f, Diagnostics& diags, Corpus& corpus) {
    bool failed = f.diags.error_count() > 0;  // an absent file is no failure: it holds nothing
    diags.append(std::move(f.diags));
    if (!f.ok) {
        if (failed) { corpus.unread_files.push_back(f.path); }  // its records are unchecked, not unknown
        return;
    }
    LoadContext ctx(f.path, *f.text, diags);
    loader_for(f.path)(ctx, corpus, f.table);
}

// The files in reading order: prepared side by side, then loaded one after another.
void load_files(const FileSystem& fs, const std::vector<std::string>& paths, Diagnostics& diags, Corpus& corpus) {
    std::vector<PreparedFile> files(paths.size());
    for (std::size_t i = 0; i < paths.size(); ++i) { files[i].path = paths[i]; }
    parallel_for(files.size(), [&](std::size_t i) {
        files[i].text = read_corpus_file(fs, files[i].path, files[i].diags);
        if (files[i].text) { check(files[i]); }
    });
    for (auto& f : files) { load_prepared(f, diags, corpus); }
}

// Every file of a folder that its loader takes; any other is reported and skipped.
void add_folder(const std::string& dir, const char* not_taken, const std::vector<std::string>& names,
                std::vector<std::string>& paths, Diagnostics& diags) {
    for (const auto& name : names) {
        std::string path = dir + "/" + name;
        if (loader_for(path)) {
            paths.push_back(path);
        } else {
            diags.warning({path}, not_taken);
        }
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
    std::vector<std::string> known = named_files();
    for (const auto& name : names) {
        std::string path = dir + "/" + name;
        if (std::find(known.begin(), known.end(), path) != known.end()) { continue; }
        std::string guess = nearest(path, known);
        std::string message = guess.empty()
                                  ? _("not a file of the corpus format; ignored")
                                  : fill(_("not a file of the corpus format; ignored (did you mean {1}?)"), {guess});
        diags.warning({path}, message);
    }
}

// The pictures Markdown may show: the files of content/images/, read as they are (no
// subfolders: an image's address is /images/<file name>).
void load_images(const FileSystem& fs, Corpus& corpus, Diagnostics& diags) {
    std::vector<std::string> names =
        fs.is_dir("content/images") ? list_folder(fs, "content/images", diags) : std::vector<std::string>{};
    std::sort(names.begin(), names.end());
    for (const auto& name : names) {
        std::string path = "content/images/" + name;
        if (auto bytes = checked_bytes(fs.read(path, k_max_file_bytes), path, diags)) {
            corpus.images.push_back({name, std::move(*bytes)});
        }
    }
}

}  // namespace

bool load_file(const std::string& path, const std::string& bytes, Diagnostics& diags, Corpus& corpus) {
    if (!loader_for(path)) { return false; }
    PreparedFile f{.path = path, .text = bytes};
    normalize_line_ends(*f.text);
    check(f);
    load_prepared(f, diags, corpus);
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
        diags.error({"content"}, _("no corpus here: neither content/ nor data/ exists (the policy corpus has "
                                   "content/ and data/, a content folder has content/_index.md)"));
    }
    if (diags.error_count() > 0) { return corpus; }
    std::vector<std::string> paths = named_files();
    const char* not_toml = _("not a .toml file; ignored");
    add_folder("content/tasks", not_toml, natural_list(fs, "content/tasks", diags), paths, diags);
    add_folder("content/cards", not_toml, natural_list(fs, "content/cards", diags), paths, diags);
    add_folder("content/pages", _("not a .md page; ignored"), list_folder(fs, "content/pages", diags), paths, diags);
    load_files(fs, paths, diags, corpus);
    load_images(fs, corpus, diags);
    warn_unknown_files("content", content, diags);
    warn_unknown_files("data", data, diags);
    return corpus;
}

}  // namespace pvpp
