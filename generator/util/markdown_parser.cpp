#include "util/markdown_parser.h"

#include <cmark-gfm-core-extensions.h>

namespace pvpp {
namespace {

constexpr const char* k_extensions[] = {"table", "autolink", "strikethrough", "tagfilter"};

// Registering is process-wide in cmark-gfm; a function-local static makes it once and thread-safe.
cmark_llist* build_extension_list() {
    cmark_gfm_core_extensions_ensure_registered();
    cmark_llist* list = nullptr;
    for (const char* name : k_extensions) {
        if (cmark_syntax_extension* ext = cmark_find_syntax_extension(name)) {
            list = cmark_llist_append(cmark_get_default_mem_allocator(), list, ext);
        }
    }
    return list;
}

}  // namespace

cmark_llist* markdown_extensions() {
    static cmark_llist* list = build_extension_list();
    return list;
}

CmarkDocument parse_markdown(std::string_view text) {
    cmark_parser* parser = cmark_parser_new(k_markdown_options);
    for (cmark_llist* it = markdown_extensions(); it; it = it->next) {
        cmark_parser_attach_syntax_extension(parser, static_cast<cmark_syntax_extension*>(it->data));
    }
    cmark_parser_feed(parser, text.data(), text.size());
    CmarkDocument doc(cmark_parser_finish(parser));
    cmark_parser_free(parser);
    return doc;
}

}  // namespace pvpp
