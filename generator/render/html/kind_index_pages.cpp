// The section index of each kind's folder (lv/uzdevumi/, lv/jedzieni/ …): a list of the
// pages the edition made in it, sorted by code, so a folder URL a reader trims to is a page.
#include <algorithm>

#include "model/record_kinds.h"
#include "render/html/content_tree.h"
#include "render/html/entity_pages.h"
#include "util/slug.h"
#include "util/text.h"

namespace pvpp {
namespace {

// A page's place in its folder's list: its code, else its title without diacritics or quotes.
std::string sort_key(const PageView& p) { return p.code.empty() ? slugify(p.title) : p.code; }

// The pages directly in a folder: "lv/uzdevumi/pu2-10/" is in "lv/uzdevumi/".
std::vector<const PageView*> pages_in(const std::vector<PageView>& pages, const std::string& folder) {
    std::vector<const PageView*> in;
    for (const auto& p : pages) {
        if (parent_folder(p.path) == folder && p.file == "index.html") { in.push_back(&p); }
    }
    std::stable_sort(in.begin(), in.end(), [](auto* a, auto* b) { return natural_less(sort_key(*a), sort_key(*b)); });
    return in;
}

PageView index_page(const RenderContext& ctx, const RecordKindInfo& kind, const std::vector<const PageView*>& in) {
    PageBuilder b(ctx, kind.folder, ctx.corpus.site.title, upper_first(kind.plural));
    b.section("", PageBuilder::list_of(in, [&](const PageView* p) { return b.link(p->label(), p->path); }));
    PageView view = b.take();
    view.searchable = false;  // its entries are the pages it lists
    return view;
}

}  // namespace

// A folder two kinds share (condition groups and conditions) is titled after the later kind.
std::vector<PageView> kind_index_pages(const RenderContext& ctx, const std::vector<PageView>& pages) {
    std::vector<const RecordKindInfo*> owners;
    for (const auto& k : record_kinds()) {
        auto same = [&](const RecordKindInfo* o) { return std::string(o->folder) == k.folder; };
        auto it = std::find_if(owners.begin(), owners.end(), same);
        if (*k.folder == '\0') { continue; }
        if (it == owners.end()) { owners.push_back(&k); } else { *it = &k; }
    }
    std::vector<PageView> out;
    for (const RecordKindInfo* k : owners) {
        bool taken = std::any_of(pages.begin(), pages.end(), [&](const PageView& p) { return p.path == k->folder; });
        auto in = pages_in(pages, k->folder);
        if (!taken && !in.empty()) { out.push_back(index_page(ctx, *k, in)); }
    }
    return out;
}

}  // namespace pvpp
