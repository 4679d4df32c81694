#include "load/content_loader.h"

#include <algorithm>

#include "load/checked_file.h"
#include "load/page_loader.h"
#include "load/record_loaders.h"
#include "util/message.h"
#include "util/parallel.h"

namespace pvpp {
namespace {

// A file or folder name that is a path segment of the published URL as it stands:
// no escaping needed, no hidden file, no Windows device name.
bool is_url_name(std::string_view name) {
    if (name.empty() || name.front() == '.') { return false; }
    return std::all_of(name.begin(), name.end(), [](char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '-' || c == '_' ||
               c == '.';
    });
}

// Every file below content/, as paths relative to it; a folder that cannot be read is reported.
void collect(const FileSystem& fs, const std::string& dir, const std::string& rel, std::vector<std::string>& out,
             Diagnostics& diags) {
    for (const auto& name : list_folder(fs, dir, diags)) { out.push_back(rel + name); }
    FolderList folders = fs.list_dirs(dir);
    for (const auto& name : folders.names) { collect(fs, dir + "/" + name, rel + name + "/", out, diags); }
}

// The site folder of a page file below content/: "p/x.md" → "p/x/", "p/_index.md" → "p/",
// "_index.md" → "".
std::string content_page_folder(const std::string& relative_path) {
    std::string stem = relative_path.substr(0, relative_path.size() - (relative_path.ends_with(".md") ? 3 : 0));
    if (stem == "_index") { return ""; }
    if (stem.ends_with("/_index")) { return stem.substr(0, stem.size() - 6); }
    return stem + "/";
}

const std::vector<FieldInfo> k_front_matter_fields = {
    {.key = "title", .access = member<&ContentPage::title>},
    {.key = "description", .access = member<&ContentPage::description>, .optional = true},
    {.key = "weight", .type = FieldKind::number, .access = member<&ContentPage::weight>, .optional = true},
    {.key = "tags", .type = FieldKind::strings, .access = member<&ContentPage::tags>}};

// One page file: front matter, then its body.
std::optional<ContentPage> parse_page(const std::string& path, const std::string& text, const std::string& rel,
                                      Diagnostics& diags) {
    LoadContext ctx(path, text, diags);
    ContentPage page;
    auto body = read_front_matter(ctx, [&](TableReader& t) {
        read_members(t, k_front_matter_fields, &page);
        t.finish();
    });
    if (!body) { return std::nullopt; }
    page.loc = ctx.loc(1, 1);
    page.folder = content_page_folder(rel);
    page.is_index = rel == "_index.md" || rel.ends_with("/_index.md");
    page.body = std::move(*body);
    // The body is checked (raw HTML, addresses, depth) where it is parsed for output: the
    // content folder's renderer, which `pvpp check` runs too. Parsing is most of a page's
    // cost, and a parse tree per page cannot be kept for 10,000 pages.
    return page;
}

// The file's text is kept for quoting only when it has a finding: a content folder of
// 10,000 pages would otherwise be held twice.
std::optional<ContentPage> load_one(const FileSystem& fs, const std::string& rel, Diagnostics& diags) {
    std::string path = "content/" + rel;
    auto text = read_corpus_file(fs, path, diags);
    if (!text) { return std::nullopt; }
    std::optional<ContentPage> page;
    if (check_bytes(path, *text, diags)) { page = parse_page(path, *text, rel, diags); }
    if (diags.error_count() + diags.warning_count() > 0) { diags.remember_source(path, std::move(*text)); }
    return page;
}

// What is not a page: warned about and skipped, like stray files of the policy corpus.
bool is_page_file(const std::string& rel, Diagnostics& diags) {
    std::string path = "content/" + rel;
    if (!rel.ends_with(".md")) {
        diags.warning({path}, _("not a .md page; ignored"));
        return false;
    }
    std::string folder = content_page_folder(rel);
    for (std::size_t start = 0; start < folder.size();) {
        std::size_t slash = folder.find('/', start);
        if (!is_url_name(std::string_view(folder).substr(start, slash - start))) {
            diags.error({path}, fill(_("'{1}' cannot be a URL as it stands: use only a-z, A-Z, 0-9, '-', '_' and '.' "
                                       "in file and folder names"),
                                     {rel}));
            return false;
        }
        start = slash + 1;
    }
    return true;
}

}  // namespace

bool is_content_folder(const FileSystem& fs) {
    if (fs.is_dir("data")) { return false; }
    auto names = fs.list("content").names;
    return std::binary_search(names.begin(), names.end(), std::string("_index.md"));
}

// Pages load on every core, each into its own findings; they join in path order.
void load_content_folder(const FileSystem& fs, Corpus& corpus, Diagnostics& diags) {
    corpus.kind = CorpusKind::content_folder;
    std::vector<std::string> files;
    collect(fs, "content", "", files, diags);
    std::sort(files.begin(), files.end());
    struct Loaded {
        std::optional<ContentPage> page;
        Diagnostics diags;
    };
    auto loaded = parallel_map<Loaded>(files.size(), [&](std::size_t i) {
        Loaded l;
        if (is_page_file(files[i], l.diags)) { l.page = load_one(fs, files[i], l.diags); }
        return l;
    });
    for (auto& l : loaded) {
        if (l.page) { corpus.content_pages.push_back(std::move(*l.page)); }
        if (l.diags.error_count() + l.diags.warning_count() > 0) { diags.append(std::move(l.diags)); }
    }
}

}  // namespace pvpp
