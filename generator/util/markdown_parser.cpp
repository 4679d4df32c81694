#include "util/markdown_parser.h"

#include <cmark-gfm-core-extensions.h>
#include <cmark-gfm-extension_api.h>
#include <dlfcn.h>

#include <algorithm>
#include <atomic>
#include <mutex>

#include "util/text.h"

// cmark-gfm 0.29 keeps the inline parser's table of special characters in a global:
// every parse adds its extensions' characters ('~', '|', ':', 'w' …) when its inline
// phase starts and removes them when it ends (the table extension also while it reads
// a row), so two threads parsing at once would see each other's removal and render
// "~~x~~" or a table differently. Pages render on every core, so the characters are
// added once for good (pin_special_characters), and this definition, which the library
// calls instead of its own (its calls go through the dynamic linker), keeps them: every
// parse here attaches the same extensions, so "always on" is what each parse would see.
// Where the library would not call it (a static libcmark-gfm), parsing takes turns.
namespace {

using ManageCharacters = void (*)(cmark_parser*, int);
std::atomic<bool> g_characters_pinned{false};

ManageCharacters library_manage_characters() {
    static auto fn = reinterpret_cast<ManageCharacters>(dlsym(RTLD_NEXT, "cmark_manage_extensions_special_characters"));
    return fn;
}

}  // namespace

extern "C" void cmark_manage_extensions_special_characters(cmark_parser* parser, int add) {
    if (g_characters_pinned.load(std::memory_order_acquire)) { return; }
    if (ManageCharacters library = library_manage_characters()) { library(parser, add); }
}

namespace pvpp {
namespace {

constexpr const char* k_extensions[] = {"table", "autolink", "strikethrough", "tagfilter"};

void pin_special_characters(cmark_llist* extensions) {
    ManageCharacters library = library_manage_characters();
    void* bound = dlsym(RTLD_DEFAULT, "cmark_manage_extensions_special_characters");
    if (!library || bound != reinterpret_cast<void*>(&cmark_manage_extensions_special_characters)) { return; }
    cmark_parser* parser = cmark_parser_new(k_markdown_options);
    for (cmark_llist* it = extensions; it; it = it->next) {
        cmark_parser_attach_syntax_extension(parser, static_cast<cmark_syntax_extension*>(it->data));
    }
    library(parser, 1);
    cmark_parser_free(parser);
    g_characters_pinned.store(true, std::memory_order_release);
}

// Registering is process-wide in cmark-gfm; a function-local static makes it once and thread-safe.
cmark_llist* build_extension_list() {
    cmark_gfm_core_extensions_ensure_registered();
    cmark_llist* list = nullptr;
    for (const char* name : k_extensions) {
        if (cmark_syntax_extension* ext = cmark_find_syntax_extension(name)) {
            list = cmark_llist_append(cmark_get_default_mem_allocator(), list, ext);
        }
    }
    pin_special_characters(list);
    return list;
}

}  // namespace

cmark_llist* markdown_extensions() {
    static cmark_llist* list = build_extension_list();
    return list;
}

bool markdown_parses_in_parallel() {
    markdown_extensions();
    return g_characters_pinned.load(std::memory_order_acquire);
}

CmarkDocument parse_markdown(std::string_view text) {
    static std::mutex one_parse_at_a_time;
    std::unique_lock<std::mutex> lock(one_parse_at_a_time, std::defer_lock);
    if (!markdown_parses_in_parallel()) { lock.lock(); }
    cmark_parser* parser = cmark_parser_new(k_markdown_options);
    for (cmark_llist* it = markdown_extensions(); it; it = it->next) {
        cmark_parser_attach_syntax_extension(parser, static_cast<cmark_syntax_extension*>(it->data));
    }
    cmark_parser_feed(parser, text.data(), text.size());
    CmarkDocument doc(cmark_parser_finish(parser));
    cmark_parser_free(parser);
    return doc;
}

namespace {

std::size_t position_offset(std::string_view text, cmark_node* node) {
    std::size_t line = line_start(text, cmark_node_get_start_line(node));
    return std::min(text.size(), line + static_cast<std::size_t>(std::max(cmark_node_get_start_column(node) - 1, 0)));
}

}  // namespace

// cmark-gfm places an <scheme:…> autolink two columns early, so the '<' right before its
// text is taken instead.
std::size_t markdown_link_offset(std::string_view text, cmark_node* link) {
    std::size_t at = position_offset(text, link);
    cmark_node* child = cmark_node_first_child(link);
    bool starts_here = at < text.size() && (text[at] == '[' || text[at] == '!');
    if (starts_here || !child || cmark_node_get_start_line(child) == 0) { return at; }
    std::size_t inner = position_offset(text, child);
    return inner > 0 && text[inner - 1] == '<' ? inner - 1 : at;
}

void for_each_node(cmark_node* root, const std::function<void(cmark_node*)>& fn) {
    cmark_iter* iter = cmark_iter_new(root);
    for (cmark_event_type ev; (ev = cmark_iter_next(iter)) != CMARK_EVENT_DONE;) {
        if (ev == CMARK_EVENT_ENTER) { fn(cmark_iter_get_node(iter)); }
    }
    cmark_iter_free(iter);
}

}  // namespace pvpp
